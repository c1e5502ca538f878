package nl.maatstaf.edition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.EnumSet;
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
import nl.maatstaf.edition.EditionApiDocuments.EditionDocument;
import nl.maatstaf.edition.EditionApiDocuments.OutlierDocument;
import nl.maatstaf.edition.EditionApiDocuments.OutlierRequest;
import nl.maatstaf.edition.EditionApiDocuments.PublicationDocument;
import nl.maatstaf.edition.EditionApiDocuments.PublicationRequest;
import nl.maatstaf.edition.EditionApiDocuments.SettingsRequest;
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
 * The beheerder's edition page over JSON: the same settings, checks, publication and outlier
 * decisions, through the same services, so every change is checked and audited exactly as there.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/{module}")
@Tag(
        name = "Edities",
        description = "De instellingen per peiljaar en module: referentiegroepen, n, k, uitschieters en publicatie"
                + " (alleen de beheerder)")
class EditionApiController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final EditionApiRequests requests;
    private final EditionService editions;
    private final SettingsChanges settingsChanges;
    private final EditionPublisher publisher;
    private final OrganisationService organisations;
    private final Enrolments enrolments;

    EditionApiController(
            EditionApiRequests requests,
            EditionService editions,
            SettingsChanges settingsChanges,
            EditionPublisher publisher,
            OrganisationService organisations,
            Enrolments enrolments) {
        this.requests = requests;
        this.editions = editions;
        this.settingsChanges = settingsChanges;
        this.publisher = publisher;
        this.organisations = organisations;
        this.enrolments = enrolments;
    }

    @GetMapping
    @Operation(
            summary = "De instellingen van een editie lezen",
            description = "Toegestane referentiegroepen en de standaard, n en k, de inleverdatum (deadline),"
                    + " publicatie, maatwerkvergelijkingen"
                    + " (leden en wie toestemming gaf, als organisatiecodes) en besluiten over uitschieters. Stuur"
                    + " version mee bij het wijzigen.")
    @ApiResponse(responseCode = "200", description = "De instellingen")
    @ApiResponse(responseCode = "401", description = "Niet aangemeld")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar of onbekende module")
    EditionDocument read(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Cataloguscode (PARTICIPATIE) of slug (participatie)", example = "participatie")
                    @PathVariable
                    String module) {
        requireBeheerder(user);
        return document(module(year, module));
    }

    @PutMapping
    @Operation(
            summary = "Referentiegroepen, n, k en de inleverdatum wijzigen",
            description = "Zoals op de editiepagina: eerst wordt met de goedgekeurde gegevens van nu nagegaan of een"
                    + " deelnemer twee referentiegroepen zou kunnen kiezen die in 1 tot k organisaties verschillen;"
                    + " dan wordt niets gewijzigd. deadline (jjjj-mm-dd) is de inleverdatum; weglaten of null betekent"
                    + " geen inleverdatum. Elke wijziging komt in de audittrail.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = SettingsRequest.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"allowedPolicies\": [\"ALLE_GOEDGEKEURD\", \"NAASTE_BUREN\"],"
                                                    + " \"defaultPolicy\": \"ALLE_GOEDGEKEURD\", \"neighbourCount\": 10,"
                                                    + " \"minimumReferenceSize\": 5, \"version\": 3,"
                                                    + " \"deadline\": \"2026-04-01\"}")))
    @ApiResponse(responseCode = "200", description = "Opgeslagen; de nieuwe instellingen met de nieuwe version")
    @ApiResponse(responseCode = "400", description = "Geen geldige JSON of waarden van een verkeerd type")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar of onbekende module")
    @ApiResponse(
            responseCode = "409",
            description = "Verouderde version: iemand anders wijzigde de instellingen intussen; niets opgeslagen",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Ongeldige instellingen (de meldingen per veld in errors) of keuzes die te weinig"
                    + " verschillen (de uitleg in problems); niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples = {
                                @ExampleObject(
                                        name = "ongeldig",
                                        value = "{\"type\": \"about:blank\", \"title\": \"Niet opgeslagen\","
                                                + " \"status\": 422, \"detail\": \"Niet opgeslagen: verbeter de velden in"
                                                + " errors.\", \"errors\": {\"minimumReferenceSize\": \"k moet minstens 3"
                                                + " zijn.\"}}"),
                                @ExampleObject(
                                        name = "te weinig verschil",
                                        value =
                                                "{\"type\": \"about:blank\", \"title\": \"Niet opgeslagen\","
                                                        + " \"status\": 422, \"detail\": \"Niet opgeslagen: met deze combinatie"
                                                        + " van referentiegroepen … De uitleg staat in problems; er is niets"
                                                        + " gewijzigd.\", \"errors\": {\"allowedPolicies\": \"Deze combinatie van"
                                                        + " referentiegroepen is niet toegestaan: zie problems.\"},"
                                                        + " \"problems\": [\"\\\"alle"
                                                        + " deelnemers …\\\" en \\\"de 10 meest vergelijkbare organisaties …\\\""
                                                        + " verschillen voor 12 deelnemer(s) in slechts 1 organisatie(s); …\"]}")
                            }))
    EditionDocument change(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable String year,
            @PathVariable String module,
            @RequestBody SettingsRequest request) {
        requireBeheerder(user);
        ModuleCatalog edition = module(year, module);
        Map<String, String> errors = new TreeMap<>();
        Set<ReferencePolicy> allowed = policies(request.allowedPolicies(), errors);
        ReferencePolicy defaultPolicy = null;
        if (request.defaultPolicy() != null) {
            defaultPolicy = ReferencePolicy.parse(request.defaultPolicy()).orElse(null);
            if (defaultPolicy == null) {
                errors.put("defaultPolicy", text("edition.api.unknownPolicy", abbreviate(request.defaultPolicy())));
            }
        }
        if (request.neighbourCount() == null) {
            errors.put("neighbourCount", text("edition.error.wholeNumber"));
        }
        if (request.minimumReferenceSize() == null) {
            errors.put("minimumReferenceSize", text("edition.error.wholeNumber"));
        }
        if (request.version() == null) {
            errors.put("version", text("edition.api.versionMissing"));
        }
        DeadlineText.Parsed deadline = DeadlineText.parseIso(request.deadline());
        if (!deadline.valid()) {
            errors.put("deadline", text("edition.api.deadline"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        SettingsChanges.Result result = settingsChanges.change(
                edition.year(),
                edition.code(),
                new EditionService.SettingsChange(
                        allowed,
                        defaultPolicy,
                        request.neighbourCount(),
                        request.minimumReferenceSize(),
                        request.version(),
                        deadline.date()),
                user.getUsername());
        if (!result.overlaps().isEmpty()) {
            throw new EditionApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "invalid",
                    text("edition.api.overlappingChoices"),
                    Map.of("allowedPolicies", text("edition.api.overlappingChoicesField")),
                    texts(result.overlaps()));
        }
        if (result.errors().containsKey("form")) {
            throw new EditionApiException(
                    HttpStatus.CONFLICT,
                    "conflict",
                    text(
                            "edition.api.changedMeanwhile",
                            String.valueOf(editions.version(edition.year(), edition.code()))));
        }
        if (!result.errors().isEmpty()) {
            result.errors()
                    .forEach(
                            (field, key) -> errors.put(field.equals("allowed") ? "allowedPolicies" : field, text(key)));
            throw invalid(errors);
        }
        return document(edition);
    }

    @PostMapping("/publication")
    @Operation(
            summary = "Publiceren",
            description = "Legt de huidige goedgekeurde gegevens, inwoneraantallen en instellingen vast als de stand"
                    + " die deelnemers zien. Verschilt die te weinig van de vorige publicatie (deelnemers zouden door"
                    + " vergelijken cijfers van afzonderlijke organisaties kunnen afleiden), dan wordt niet"
                    + " gepubliceerd, tenzij overrideReason een reden geeft; die wordt vastgelegd. De body mag"
                    + " ontbreken.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = PublicationRequest.class),
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"overrideReason\": \"Uitsluiting door de stuurgroep bevestigd\"}")))
    @ApiResponse(
            responseCode = "201",
            description = "Gepubliceerd; number is het nummer van de publicatie",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = PublicationDocument.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"number\": 2, \"detail\": \"Het peiljaar is gepubliceerd voor"
                                                    + " deze module: deelnemers zien nu hun vergelijking.\"}")))
    @ApiResponse(
            responseCode = "200",
            description = "Niets veranderd sinds de publicatie die deelnemers zien; er is niets gedaan",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = PublicationDocument.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"detail\": \"Er is niets veranderd sinds de laatste"
                                                    + " publicatie; deelnemers zien die nog steeds.\"}")))
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar of onbekende module")
    @ApiResponse(
            responseCode = "409",
            description = "Niet gepubliceerd: de nieuwe stand verschilt te weinig van de vorige; de uitleg in problems",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Niet gepubliceerd\","
                                                    + " \"status\": 409, \"detail\": \"Niet gepubliceerd: … Stuur"
                                                    + " overrideReason mee om toch te publiceren.\", \"problems\":"
                                                    + " [\"Bij \\\"alle deelnemers …\\\" verschilt voor 11 deelnemer(s)"
                                                    + " de bijdrage van slechts 1 organisatie(s) aan een referentiecijfer;"
                                                    + " …\"]}")))
    @ApiResponse(responseCode = "422", description = "overrideReason is te lang; niets gepubliceerd")
    ResponseEntity<PublicationDocument> publish(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable String year,
            @PathVariable String module,
            @RequestBody(required = false) PublicationRequest request) {
        requireBeheerder(user);
        ModuleCatalog edition = module(year, module);
        EditionPublisher.Outcome outcome = publisher.publish(
                edition.year(), edition.code(), user.getUsername(), request == null ? null : request.overrideReason());
        if (outcome instanceof EditionPublisher.Outcome.Published published) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new PublicationDocument(published.number(), text("edition.saved.published")));
        }
        if (outcome instanceof EditionPublisher.Outcome.Refused refused) {
            // A reason too long is the request's own fault, not the data's: the same answer as
            // any other invalid field.
            Optional<EditionPublisher.Problem> tooLong = refused.problems().stream()
                    .filter(p -> p.messageKey().equals("edition.publication.reasonTooLong"))
                    .findFirst();
            if (tooLong.isPresent()) {
                throw invalid(
                        Map.of("overrideReason", texts(List.of(tooLong.get())).get(0)));
            }
            throw new EditionApiException(
                    HttpStatus.CONFLICT,
                    "refused",
                    text("edition.api.publicationRefused"),
                    Map.of(),
                    texts(refused.problems()));
        }
        return ResponseEntity.ok(new PublicationDocument(null, text("edition.saved.unchanged")));
    }

    @DeleteMapping("/publication")
    @Operation(
            summary = "De publicatie intrekken",
            description = "Deelnemers zien weer alleen hun eigen, voorlopige cijfers. Intrekken wat niet gepubliceerd"
                    + " is verandert niets.")
    @ApiResponse(responseCode = "204", description = "Ingetrokken, of was niet gepubliceerd")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekend peiljaar of onbekende module")
    ResponseEntity<Void> withdraw(
            @AuthenticationPrincipal MaatstafUser user, @PathVariable String year, @PathVariable String module) {
        requireBeheerder(user);
        ModuleCatalog edition = module(year, module);
        editions.withdraw(edition.year(), edition.code(), user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/outliers/{organisationCode}")
    @Operation(
            summary = "Over een uitschieter besluiten",
            description = "Sluit een organisatie uit van de referentiegroepen van alle anderen, of behoudt haar, met"
                    + " een verplichte reden. Deelnemers merken het pas bij de volgende publicatie.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OutlierRequest.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"excluded\": true, \"reason\": \"Kosten van twee jaar in één"
                                                    + " jaar geboekt\"}")))
    @ApiResponse(responseCode = "200", description = "Vastgelegd; het besluit")
    @ApiResponse(responseCode = "400", description = "Geen geldige JSON")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(
            responseCode = "404",
            description = "Onbekend peiljaar, onbekende module, onbekende organisatie of een organisatie die niet"
                    + " deelneemt")
    @ApiResponse(
            responseCode = "422",
            description = "Geen reden, een te lange reden of excluded ontbreekt; niets vastgelegd")
    OutlierDocument decideOutlier(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable String year,
            @PathVariable String module,
            @Parameter(description = "Organisatiecode", example = "GM0014") @PathVariable String organisationCode,
            @RequestBody OutlierRequest request) {
        requireBeheerder(user);
        ModuleCatalog edition = module(year, module);
        Organisation organisation = organisations
                .findByCode(organisationCode)
                .orElseThrow(() -> new EditionApiException(
                        HttpStatus.NOT_FOUND,
                        "notFound",
                        text("edition.api.unknownOrganisation", abbreviate(organisationCode))));
        if (!enrolments.isEnrolled(organisation.id(), edition.year(), edition.code())) {
            throw new EditionApiException(HttpStatus.NOT_FOUND, "notFound", text("edition.error.organisation"));
        }
        if (request.excluded() == null) {
            throw invalid(Map.of("excluded", text("edition.api.excludedMissing")));
        }
        Map<String, String> errors = editions.decideOutlier(
                edition.year(),
                edition.code(),
                organisation.id(),
                request.excluded(),
                request.reason(),
                user.getUsername());
        if (!errors.isEmpty()) {
            Map<String, String> texts = new TreeMap<>();
            errors.forEach((field, key) -> texts.put(field, text(key)));
            throw invalid(texts);
        }
        OutlierDecision decision = editions.settings(edition.year(), edition.code())
                .outlierDecision(organisation.id())
                .orElseThrow();
        return OutlierDocument.of(decision, id -> organisation.code());
    }

    private EditionDocument document(ModuleCatalog edition) {
        // The version is read before the settings: a change committed in between makes the next
        // PUT refused as stale, never lets it overwrite a change its client has not seen.
        int version = editions.version(edition.year(), edition.code());
        EditionSettings settings = editions.settings(edition.year(), edition.code());
        Set<Long> named = new TreeSet<>();
        settings.namedSets().forEach(set -> named.addAll(set.members()));
        settings.outlierDecisions().forEach(decision -> named.add(decision.organisationId()));
        Map<Long, String> codes = new HashMap<>();
        organisations.findAll(named).forEach(organisation -> codes.put(organisation.id(), organisation.code()));
        return EditionDocument.of(
                settings,
                version,
                editions.deadline(edition.year(), edition.code()).orElse(null),
                id -> codes.getOrDefault(id, String.valueOf(id)),
                editions.namedSetVersions(edition.year(), edition.code())::get);
    }

    /** The allowed policies; unknown codes are named in {@code errors} rather than left out silently. */
    private Set<ReferencePolicy> policies(List<String> codes, Map<String, String> errors) {
        Set<ReferencePolicy> allowed = EnumSet.noneOf(ReferencePolicy.class);
        List<String> unknown = new ArrayList<>();
        if (codes != null) {
            for (String code : codes) {
                ReferencePolicy.parse(code).ifPresentOrElse(allowed::add, () -> unknown.add(abbreviate(code)));
            }
        }
        if (!unknown.isEmpty()) {
            errors.put("allowedPolicies", text("edition.api.unknownPolicy", String.join(", ", unknown)));
        }
        return allowed;
    }

    private List<String> texts(List<EditionPublisher.Problem> problems) {
        return problems.stream()
                .map(p -> text(p.messageKey(), p.arguments().toArray()))
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
