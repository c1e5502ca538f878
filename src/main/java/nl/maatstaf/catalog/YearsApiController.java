package nl.maatstaf.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.YearsApiDocuments.OpenYearRequest;
import nl.maatstaf.catalog.YearsApiDocuments.YearDocument;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The peiljaren over JSON: everyone may list them with their status (harmless, and a client needs
 * the years to find anything); only the beheerder opens, closes and reopens one, through the same
 * service as the page, so every change is checked and audited alike.
 */
@RestController
@RequestMapping(value = "/api/v1/years", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Peiljaren",
        description = "Peiljaren openen, sluiten en heropenen (alleen de beheerder); de lijst voor iedereen")
class YearsApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String PROBLEM_JSON = "application/problem+json";

    private final CatalogService catalog;
    private final MessageSource messages;
    private final Validator validator;

    YearsApiController(CatalogService catalog, MessageSource messages, Validator validator) {
        this.catalog = catalog;
        this.messages = messages;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "Alle peiljaren met hun status en modules, nieuwste eerst")
    @ApiResponse(
            responseCode = "200",
            description = "De peiljaren",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "[{\"year\": 2025, \"status\": \"OPEN\", \"modules\":"
                                                            + " [\"PARTICIPATIE\", \"WMO\", \"JEUGD\", \"SCHULDHULPVERLENING\"]},"
                                                            + " {\"year\": 2024, \"status\": \"GESLOTEN\", \"modules\":"
                                                            + " [\"PARTICIPATIE\", \"WMO\", \"JEUGD\", \"SCHULDHULPVERLENING\"]}]")))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld")
    List<YearDocument> list() {
        return catalog.yearsWithStatus().stream().map(this::document).toList();
    }

    @GetMapping("/{year}")
    @Operation(summary = "Eén peiljaar met zijn status en modules")
    @ApiResponse(responseCode = "200", description = "Het peiljaar")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar")
    YearDocument read(@Parameter(description = "Peiljaar", example = "2025") @PathVariable String year) {
        return document(find(year));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Een peiljaar openen",
            description = "Met de catalogi van een eerder peiljaar (catalogFrom: van elke module de huidige versie,"
                    + " met het jaar vervangen) of, zonder catalogFrom, de standaardcatalogus. Komt in de audittrail.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OpenYearRequest.class),
                            examples = {
                                @ExampleObject(
                                        name = "van een eerder peiljaar",
                                        value = "{\"year\": 2026, \"catalogFrom\": 2025}"),
                                @ExampleObject(name = "standaardcatalogus", value = "{\"year\": 2026}")
                            }))
    @ApiResponse(responseCode = "201", description = "Geopend; Location wijst naar het peiljaar")
    @ApiResponse(responseCode = "400", description = "Geen geldige JSON of waarden van een verkeerd type")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(
            responseCode = "409",
            description = "Het peiljaar bestaat al; niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Bestaat al\", \"status\":"
                                                    + " 409, \"detail\": \"Peiljaar 2026 is al geopend. Er is niets"
                                                    + " opgeslagen.\"}")))
    @ApiResponse(
            responseCode = "422",
            description = "Een ongeldig jaartal of een onbekend peiljaar in catalogFrom (meldingen per veld in"
                    + " errors); niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Niet opgeslagen\","
                                                    + " \"status\": 422, \"detail\": \"Niet opgeslagen: verbeter de"
                                                    + " velden in errors.\", \"errors\": {\"catalogFrom\": \"Peiljaar"
                                                    + " 1999 bestaat niet; kies een geopend peiljaar of de"
                                                    + " standaardcatalogus.\"}}")))
    ResponseEntity<YearDocument> open(
            @AuthenticationPrincipal MaatstafUser user, @RequestBody OpenYearRequest request) {
        // Validated here rather than on binding, so that a deelnemer hears 403 whatever it sends.
        requireBeheerder(user);
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<OpenYearRequest> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), text(violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new CatalogApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY, "invalid", text("catalog.api.invalid"), errors);
        }
        int year = request.year();
        Integer source = request.catalogFrom();
        if (source != null && source >= year) {
            throw invalid("catalogFrom", text("catalog.year.sourceNotEarlier", String.valueOf(year)));
        }
        CatalogService.OpenResult result = catalog.openYear(year, source, user.getUsername());
        if (result == CatalogService.OpenResult.ALREADY_EXISTS) {
            throw new CatalogApiException(
                    HttpStatus.CONFLICT, "exists", text("catalog.year.exists", String.valueOf(year)));
        }
        if (result == CatalogService.OpenResult.UNKNOWN_SOURCE) {
            throw invalid("catalogFrom", text("catalog.year.unknownSource", String.valueOf(source)));
        }
        return ResponseEntity.created(URI.create("/api/v1/years/" + year)).body(document(find(String.valueOf(year))));
    }

    @PostMapping("/{year}/close")
    @Operation(
            summary = "Een peiljaar sluiten",
            description = "Daarna kan geen deelnemer meer een aanlevering beginnen of wijzigen en is de catalogus"
                    + " niet meer te bewerken. Komt in de audittrail. Een gesloten peiljaar nogmaals sluiten is 409.")
    @ApiResponse(responseCode = "200", description = "Gesloten; het peiljaar met zijn nieuwe status")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar")
    @ApiResponse(
            responseCode = "409",
            description = "Het peiljaar was al gesloten",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    YearDocument close(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year) {
        return change(user, year, YearStatus.GESLOTEN, "catalog.year.alreadyClosed");
    }

    @PostMapping("/{year}/reopen")
    @Operation(summary = "Een gesloten peiljaar heropenen", description = "Komt in de audittrail.")
    @ApiResponse(responseCode = "200", description = "Heropend; het peiljaar met zijn nieuwe status")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar")
    @ApiResponse(
            responseCode = "409",
            description = "Het peiljaar was al open",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    YearDocument reopen(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year) {
        return change(user, year, YearStatus.OPEN, "catalog.year.alreadyOpen");
    }

    private YearDocument change(MaatstafUser user, String year, YearStatus to, String alreadyKey) {
        requireBeheerder(user);
        BenchmarkYear found = find(year);
        if (!catalog.changeStatus(found.year(), to, user.getUsername())) {
            throw new CatalogApiException(HttpStatus.CONFLICT, "conflict", text(alreadyKey, year));
        }
        return document(find(year));
    }

    private BenchmarkYear find(String year) {
        return catalog.yearsWithStatus().stream()
                .filter(y -> String.valueOf(y.year()).equals(year))
                .findFirst()
                .orElseThrow(() -> new CatalogApiException(
                        HttpStatus.NOT_FOUND,
                        "notFound",
                        text("catalog.api.yearNotFound", CatalogRules.shorten(year))));
    }

    private YearDocument document(BenchmarkYear year) {
        return new YearDocument(
                year.year(),
                year.status(),
                catalog.forYear(year.year()).stream().map(ModuleCatalog::code).toList());
    }

    private void requireBeheerder(MaatstafUser user) {
        if (user == null || !user.isBeheerder()) {
            throw new CatalogApiException(HttpStatus.FORBIDDEN, "forbidden", text("catalog.api.yearsForbidden"));
        }
    }

    private CatalogApiException invalid(String field, String message) {
        return new CatalogApiException(
                HttpStatus.UNPROCESSABLE_ENTITY, "invalid", text("catalog.api.invalid"), Map.of(field, message));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
