package nl.maatstaf.edition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionApiDocuments.NamedSetDocument;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The named sets of an edition over JSON, through the same {@link EditionService} methods and
 * checks as the edition page: members are organisations enrolled in the module, named by code;
 * members without consent are kept but do not take part. Every change is audited there.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/{module}/named-sets")
@Tag(name = "Edities")
class NamedSetApiController {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String EXAMPLE_REQUEST =
            "{\"name\": \"Centrumgemeenten Noord\", \"members\": [\"GM0014\", \"GM0034\", \"SW0002\"]}";
    private static final String EXAMPLE_SET = "{\"id\": 7, \"name\": \"Centrumgemeenten Noord\", \"members\":"
            + " [\"GM0014\", \"GM0034\", \"SW0002\"], \"consenting\": [\"GM0014\", \"SW0002\"], \"version\": 0}";
    private static final String EXAMPLE_CHANGE =
            "{\"name\": \"Centrumgemeenten Noord\", \"members\": [\"GM0014\"," + " \"GM0034\"], \"version\": 0}";

    private final EditionApiRequests requests;
    private final EditionService editions;
    private final OrganisationService organisations;
    private final Enrolments enrolments;

    NamedSetApiController(
            EditionApiRequests requests,
            EditionService editions,
            OrganisationService organisations,
            Enrolments enrolments) {
        this.requests = requests;
        this.editions = editions;
        this.organisations = organisations;
        this.enrolments = enrolments;
    }

    @Schema(description = "A named set: its name and its members by organisation code")
    record NamedSetRequest(
            @Schema(
                    description = "Unique within the edition (ignoring case), at most 150 characters",
                    example = "Centrumgemeenten Noord",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @ArraySchema(
                    schema = @Schema(example = "GM0014"),
                    arraySchema =
                            @Schema(
                                    description = "At least two organisations enrolled in the module, by code;"
                                            + " those without consent are kept but do not take part",
                                    requiredMode = Schema.RequiredMode.REQUIRED))
            List<String> members,

            @Schema(
                    description = "With PUT: the version of the last read (a stale one is refused with 409); ignored"
                            + " with POST",
                    example = "0")
            Integer version) {}

    @GetMapping
    @Operation(
            summary = "De maatwerkvergelijkingen van een editie",
            description = "Per set de naam, de leden en wie van hen toestemming gaf (alleen zij doen mee), als"
                    + " organisatiecodes, op naam gesorteerd.")
    @ApiResponse(
            responseCode = "200",
            description = "De sets",
            content =
                    @Content(
                            mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = NamedSetDocument.class)),
                            examples = @ExampleObject(value = "[" + EXAMPLE_SET + "]")))
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar of onbekende module")
    List<NamedSetDocument> list(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Cataloguscode (PARTICIPATIE) of slug (participatie)", example = "participatie")
                    @PathVariable
                    String module) {
        requireBeheerder(user);
        ModuleCatalog edition = module(year, module);
        return documents(
                edition, editions.settings(edition.year(), edition.code()).namedSets());
    }

    @PostMapping
    @Operation(
            summary = "Een maatwerkvergelijking aanmaken",
            description = "Zoals op de editiepagina: een naam en minstens twee deelnemende organisaties. Komt in de"
                    + " audittrail.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = NamedSetRequest.class),
                            examples = @ExampleObject(value = EXAMPLE_REQUEST)))
    @ApiResponse(
            responseCode = "201",
            description = "Aangemaakt; de set met haar id (Location wijst ernaar)",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = NamedSetDocument.class),
                            examples = @ExampleObject(value = EXAMPLE_SET)))
    @ApiResponse(responseCode = "400", description = "Geen geldige JSON")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar of onbekende module")
    @ApiResponse(
            responseCode = "422",
            description = "Geen of een bezette naam, te weinig leden, een onbekende of niet deelnemende organisatie;"
                    + " niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Niet opgeslagen\","
                                                    + " \"status\": 422, \"detail\": \"Niet opgeslagen: verbeter de"
                                                    + " velden in errors.\", \"errors\": {\"members\": \"Er is geen"
                                                    + " organisatie met code GM9999.\"}}")))
    ResponseEntity<NamedSetDocument> create(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable String year,
            @PathVariable String module,
            @RequestBody NamedSetRequest request) {
        requireBeheerder(user);
        ModuleCatalog edition = module(year, module);
        Set<Long> members = members(edition, request.members());
        refuse(editions.createNamedSet(edition.year(), edition.code(), request.name(), members, user.getUsername()));
        String name = request.name().strip();
        NamedSet created = editions.settings(edition.year(), edition.code()).namedSets().stream()
                .filter(set -> set.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create(
                        "/api/v1/editions/" + edition.year() + "/" + edition.slug() + "/named-sets/" + created.id()))
                .body(documents(edition, List.of(created)).get(0));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Een maatwerkvergelijking wijzigen",
            description = "Vervangt naam en leden, met dezelfde controles als bij aanmaken. Stuur de version mee"
                    + " die u bij het lezen kreeg. Komt in de audittrail.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = NamedSetRequest.class),
                            examples = @ExampleObject(value = EXAMPLE_CHANGE)))
    @ApiResponse(
            responseCode = "200",
            description = "Gewijzigd; de set",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = NamedSetDocument.class),
                            examples = @ExampleObject(value = EXAMPLE_SET)))
    @ApiResponse(responseCode = "400", description = "Geen geldige JSON")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar, onbekende module of onbekende set")
    @ApiResponse(
            responseCode = "409",
            description = "Verouderde version: iemand anders wijzigde de set intussen; niets gewijzigd",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Als bij aanmaken, of geen version; niets gewijzigd")
    NamedSetDocument change(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable String year,
            @PathVariable String module,
            @Parameter(description = "Id van de set", example = "7") @PathVariable String id,
            @RequestBody NamedSetRequest request) {
        requireBeheerder(user);
        ModuleCatalog edition = module(year, module);
        long setId = setId(edition, id);
        if (request.version() == null) {
            throw invalid(Map.of("version", text("edition.api.setVersionMissing")));
        }
        Set<Long> members = members(edition, request.members());
        Map<String, String> errors = editions.changeNamedSet(
                edition.year(), edition.code(), setId, request.name(), members, request.version(), user.getUsername());
        if (errors.containsKey("id")) {
            throw setNotFound(id);
        }
        if (errors.containsKey("version")) {
            throw new EditionApiException(
                    HttpStatus.CONFLICT,
                    "conflict",
                    text(
                            "edition.api.setChangedMeanwhile",
                            String.valueOf(editions.namedSetVersions(edition.year(), edition.code())
                                    .getOrDefault(setId, 0))));
        }
        refuse(errors);
        return documents(
                        edition,
                        List.of(editions.settings(edition.year(), edition.code())
                                .namedSet(setId)
                                .orElseThrow()))
                .get(0);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Een maatwerkvergelijking verwijderen", description = "Komt in de audittrail.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar, onbekende module of onbekende set")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable String year,
            @PathVariable String module,
            @Parameter(description = "Id van de set", example = "7") @PathVariable String id) {
        requireBeheerder(user);
        ModuleCatalog edition = module(year, module);
        if (!editions.deleteNamedSet(edition.year(), edition.code(), setId(edition, id), user.getUsername())) {
            throw setNotFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The members by id; unknown codes and organisations that do not take part are refused by name. */
    private Set<Long> members(ModuleCatalog edition, List<String> codes) {
        Set<Long> ids = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> notEnrolled = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Optional<Organisation> organisation = organisations.findByCode(code);
            if (organisation.isEmpty()) {
                unknown.add(abbreviate(code));
            } else if (!enrolments.isEnrolled(organisation.get().id(), edition.year(), edition.code())) {
                notEnrolled.add(organisation.get().code());
            } else {
                ids.add(organisation.get().id());
            }
        }
        if (!unknown.isEmpty()) {
            throw invalid(Map.of("members", text("edition.api.unknownOrganisation", String.join(", ", unknown))));
        }
        if (!notEnrolled.isEmpty()) {
            throw invalid(Map.of("members", text("edition.api.notEnrolled", String.join(", ", notEnrolled))));
        }
        return ids;
    }

    private long setId(ModuleCatalog edition, String id) {
        if (id.matches("\\d{1,18}")) {
            long setId = Long.parseLong(id);
            if (editions.settings(edition.year(), edition.code())
                    .namedSet(setId)
                    .isPresent()) {
                return setId;
            }
        }
        throw setNotFound(id);
    }

    private EditionApiException setNotFound(String id) {
        return new EditionApiException(
                HttpStatus.NOT_FOUND, "notFound", text("edition.api.setNotFound", abbreviate(id)));
    }

    private void refuse(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            Map<String, String> texts = new TreeMap<>();
            errors.forEach((field, key) -> texts.put(field, text(key)));
            throw invalid(texts);
        }
    }

    private List<NamedSetDocument> documents(ModuleCatalog edition, List<NamedSet> sets) {
        Set<Long> named = new TreeSet<>();
        sets.forEach(set -> named.addAll(set.members()));
        Map<Long, String> codes = new HashMap<>();
        organisations.findAll(named).forEach(organisation -> codes.put(organisation.id(), organisation.code()));
        Map<Long, Integer> versions = editions.namedSetVersions(edition.year(), edition.code());
        return sets.stream()
                .map(set -> NamedSetDocument.of(set, id -> codes.getOrDefault(id, String.valueOf(id)), versions::get))
                .toList();
    }

    private ModuleCatalog module(String year, String module) {
        return requests.module(year, module);
    }

    private void requireBeheerder(MaatstafUser user) {
        requests.requireBeheerder(user);
    }

    private EditionApiException invalid(Map<String, String> errors) {
        return requests.invalid(errors);
    }

    private String text(String key, Object... args) {
        return requests.text(key, args);
    }

    private static String abbreviate(String text) {
        return EditionApiRequests.abbreviate(text);
    }
}
