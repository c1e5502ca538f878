package nl.maatstaf.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.maatstaf.account.MaatstafUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module catalogue as JSON, so API clients can use the catalogue's codes; and for the
 * beheerder, replacing it before the first submission. The lock is the ETag: GET answers with the
 * catalogue's version as ETag, PUT must send it back as If-Match, so a client that has not seen
 * the latest version cannot overwrite it.
 */
@RestController
@Tag(name = "Catalogus", description = "Module catalogues per peiljaar")
class CatalogApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String PROBLEM_JSON = "application/problem+json";

    private final CatalogService catalog;
    private final CatalogEditor editor;
    private final MessageSource messages;

    CatalogApiController(CatalogService catalog, CatalogEditor editor, MessageSource messages) {
        this.catalog = catalog;
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping(value = "/api/v1/catalog/{year}/{module}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The catalogue of a module in a peiljaar",
            description = "Task groups with their tasks (with previousCodes: the codes of the previous peiljaar a"
                    + " renamed task continues), workload indicators (part B) with their plausibility bounds"
                    + " minimum and maximum, finance items (part C) and derived indicators, each with its code,"
                    + " Dutch and English name and definition. The ETag is the catalogue's version: send it as"
                    + " If-Match when replacing the catalogue.")
    @ApiResponse(responseCode = "200", description = "The catalogue")
    @ApiResponse(responseCode = "404", description = "Unknown year or module")
    ResponseEntity<ModuleCatalog> catalog(
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Module code or slug", example = "PARTICIPATIE") @PathVariable String module) {
        ModuleCatalog found = resolve(year, module);
        int version = catalog.version(found.year(), found.code()).orElseThrow();
        return ResponseEntity.ok().eTag(etag(version)).body(found);
    }

    @GetMapping(value = "/api/v1/catalog/{year}/{module}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Every version of a module's catalogue, newest first",
            description = "Version 0 is the catalogue the peiljaar was opened with; each change adds one, with who"
                    + " made it, when, and what changed.")
    @ApiResponse(
            responseCode = "200",
            description = "The versions",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            value = "[{\"version\": 1, \"changedAt\": \"2026-01-12T10:15:00+01:00\","
                                                    + " \"changedBy\": \"beheerder\", \"summary\": \"Taak KCC hernoemd\"},"
                                                    + " {\"version\": 0, \"changedAt\": \"2026-01-05T09:00:00+01:00\","
                                                    + " \"changedBy\": \"beheerder\", \"summary\": \"Geopend met de"
                                                    + " standaardcatalogus\"}]")))
    @ApiResponse(responseCode = "404", description = "Unknown year or module")
    List<CatalogVersion> versions(
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Module code or slug", example = "PARTICIPATIE") @PathVariable String module) {
        ModuleCatalog found = resolve(year, module);
        return catalog.versions(found.year(), found.code());
    }

    @PutMapping(
            value = "/api/v1/catalog/{year}/{module}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace the catalogue of a module (beheerder)",
            description = "Only in an open peiljaar and only while no participant has started the module's"
                    + " questionnaire. The document has the shape GET returns; year, code and slug stay as they"
                    + " are. Checked before anything is stored: codes well formed (capitals, digits, _) and"
                    + " unique, every group with tasks, the hoofdfactor an existing indicator, derived indicators"
                    + " referring to existing figures, minimum not above maximum, previousCodes existing in the"
                    + " previous peiljaar. Stored as a new version; every change is audited with its old and new"
                    + " value. Retiring a task or indicator is leaving it out.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ModuleCatalog.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"year\": 2026, \"code\": \"PARTICIPATIE\", \"slug\":"
                                                    + " \"participatie\", \"name\": {\"nl\": \"Participatie\", \"en\":"
                                                    + " \"Participation\"}, \"hoofdfactor\": \"BIJSTANDSUITKERINGEN\","
                                                    + " \"groups\": [{\"code\": \"UITVOERING\", \"name\": {\"nl\":"
                                                    + " \"Uitvoering\"}, \"tasks\": [{\"code\": \"KLANTCONTACT\","
                                                    + " \"name\": {\"nl\": \"Klantcontact\", \"en\": \"Client contact\"},"
                                                    + " \"previousCodes\": [\"KCC\"]}]}], \"indicators\": [{\"code\":"
                                                    + " \"BIJSTANDSUITKERINGEN\", \"name\": {\"nl\":"
                                                    + " \"Bijstandsuitkeringen\"}, \"type\": \"COUNT\", \"required\":"
                                                    + " true, \"minimum\": 1, \"maximum\": 50000}], \"finance\": [],"
                                                    + " \"derivedIndicators\": []}")))
    @ApiResponse(responseCode = "200", description = "Stored; the new version is the ETag")
    @ApiResponse(responseCode = "400", description = "Not JSON, or values of the wrong type")
    @ApiResponse(responseCode = "403", description = "Not a beheerder")
    @ApiResponse(responseCode = "404", description = "Unknown year or module")
    @ApiResponse(
            responseCode = "409",
            description = "The module has submissions (drafts count) or the peiljaar is closed; nothing stored",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Catalogus in gebruik\","
                                                    + " \"status\": 409, \"detail\": \"De catalogus van Participatie 2026"
                                                    + " kan niet meer worden gewijzigd: er zijn al 1 aanlevering(en)"
                                                    + " begonnen. Er is niets opgeslagen.\"}")))
    @ApiResponse(
            responseCode = "412",
            description = "If-Match names an older version: someone changed the catalogue meanwhile; nothing stored",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "The document breaks a rule (messages by field in errors); nothing stored",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Niet opgeslagen\","
                                                    + " \"status\": 422, \"detail\": \"Niet opgeslagen: verbeter de"
                                                    + " velden in errors.\", \"errors\": {\"hoofdfactor\": \"De"
                                                    + " hoofdfactor ONBEKEND is geen indicator van deze module.\"}}")))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing: send the ETag of the version the change is based on",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ModuleCatalog> replace(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable String year,
            @PathVariable String module,
            @Parameter(description = "The ETag of the version the change is based on", example = "\"0\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody ModuleCatalog proposed) {
        if (user == null || !user.isBeheerder()) {
            throw new CatalogApiException(HttpStatus.FORBIDDEN, "forbidden", text("catalog.api.forbidden"));
        }
        ModuleCatalog current = resolve(year, module);
        Integer expected = version(ifMatch);
        CatalogEdit outcome =
                editor.replace(current.year(), current.code(), proposed, expected, user.getUsername(), null);
        if (outcome instanceof CatalogEdit.Saved saved) {
            return ResponseEntity.ok().eTag(etag(saved.version())).body(saved.catalog());
        }
        if (outcome instanceof CatalogEdit.Unchanged same) {
            return ResponseEntity.ok().eTag(etag(same.version())).body(same.catalog());
        }
        if (outcome instanceof CatalogEdit.Invalid invalid) {
            Map<String, String> errors = new TreeMap<>();
            invalid.errors().forEach((field, message) -> errors.put(field, text(message)));
            throw new CatalogApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY, "invalid", text("catalog.api.invalid"), errors);
        }
        if (outcome instanceof CatalogEdit.Stale stale) {
            throw new CatalogApiException(
                    HttpStatus.PRECONDITION_FAILED,
                    "stale",
                    text("catalog.api.stale", String.valueOf(expected), String.valueOf(stale.currentVersion())));
        }
        if (outcome instanceof CatalogEdit.InUse inUse) {
            throw new CatalogApiException(
                    HttpStatus.CONFLICT,
                    "inUse",
                    text(
                            "catalog.edit.inUse",
                            current.name().nl(),
                            String.valueOf(current.year()),
                            String.valueOf(inUse.submissions())));
        }
        if (outcome instanceof CatalogEdit.YearClosed) {
            throw new CatalogApiException(
                    HttpStatus.CONFLICT, "yearClosed", text("catalog.edit.yearClosed", String.valueOf(current.year())));
        }
        throw notFound(year, module);
    }

    private Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new CatalogApiException(
                    HttpStatus.PRECONDITION_REQUIRED, "preconditionRequired", text("catalog.api.ifMatchMissing"));
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.matches("\\d{1,9}")) {
            throw new CatalogApiException(
                    HttpStatus.PRECONDITION_FAILED,
                    "stale",
                    text("catalog.api.ifMatchUnreadable", CatalogRules.shorten(ifMatch)));
        }
        return Integer.parseInt(tag);
    }

    /** Accepts the catalogue code or the slug, like the other API paths. */
    private ModuleCatalog resolve(String year, String module) {
        if (year.matches("\\d{4}")) {
            int peiljaar = Integer.parseInt(year);
            Optional<ModuleCatalog> found = catalog.findBySlug(peiljaar, module.toLowerCase(Locale.ROOT))
                    .or(() -> catalog.find(peiljaar, module.toUpperCase(Locale.ROOT)));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw notFound(year, module);
    }

    private CatalogApiException notFound(String year, String module) {
        return new CatalogApiException(
                HttpStatus.NOT_FOUND,
                "notFound",
                text("catalog.api.notFound", CatalogRules.shorten(year), CatalogRules.shorten(module)));
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    private String text(CatalogMessage message) {
        return messages.getMessage(message.key(), message.argumentArray(), DUTCH);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
