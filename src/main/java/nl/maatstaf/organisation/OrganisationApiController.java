package nl.maatstaf.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.organisation.OrganisationApiDocuments.MemberDocument;
import nl.maatstaf.organisation.OrganisationApiDocuments.MembersRequest;
import nl.maatstaf.organisation.OrganisationApiDocuments.MembershipDocument;
import nl.maatstaf.organisation.OrganisationApiDocuments.MembershipsDocument;
import nl.maatstaf.organisation.OrganisationApiDocuments.MunicipalityListDocument;
import nl.maatstaf.organisation.OrganisationApiDocuments.OrganisationDocument;
import nl.maatstaf.organisation.OrganisationApiDocuments.RegistrationRequest;
import nl.maatstaf.organisation.OrganisationApiDocuments.UpdateRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation pages over JSON, through the same service, so every check and audit line is
 * the same. Mapped per method (no class-level path): the users and enrolments of an
 * organisation live under the same prefix in their own modules.
 */
@RestController
@Tag(
        name = "Organisaties",
        description = "Gemeenten en samenwerkingen registreren, hernoemen en (de)activeren; leden per peiljaar;"
                + " de gemeentelijst per peiljaar")
class OrganisationApiController {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ORGANISATIONS = "/api/v1/organisations";

    private final OrganisationService organisations;
    private final MunicipalityRegister municipalities;
    private final Clock clock;

    OrganisationApiController(OrganisationService organisations, MunicipalityRegister municipalities, Clock clock) {
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @GetMapping(ORGANISATIONS)
    @Operation(
            summary = "Organisaties lijsten",
            description = "De beheerder krijgt alle organisaties; een deelnemer of lezer alleen de eigen (zo vindt een"
                    + " client zijn id). Leden en inwoners zoals in het gevraagde peiljaar (standaard dit jaar).")
    @ApiResponse(responseCode = "200", description = "De organisaties, op naam")
    @ApiResponse(responseCode = "401", description = "Niet aangemeld")
    List<OrganisationDocument> list(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(description = "Peiljaar van leden en inwoners", example = "2025")
                    @RequestParam(name = "year", required = false)
                    String year) {
        int peiljaar = year(year);
        List<Organisation> visible = user.isBeheerder()
                ? organisations.all(peiljaar)
                : organisations.findAll(
                        user.organisationId() == null ? List.of() : List.of(user.organisationId()), peiljaar);
        return visible.stream()
                .map(o -> OrganisationDocument.of(o, peiljaar, organisations.version(o.id())))
                .toList();
    }

    @GetMapping(ORGANISATIONS + "/{orgId}")
    @Operation(summary = "Eén organisatie lezen", description = "De beheerder elke, een deelnemer de eigen.")
    @ApiResponse(responseCode = "200", description = "De organisatie")
    @ApiResponse(responseCode = "403", description = "Een andere organisatie dan de eigen")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie")
    OrganisationDocument read(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(example = "42") @PathVariable String orgId,
            @Parameter(description = "Peiljaar van leden en inwoners", example = "2025")
                    @RequestParam(name = "year", required = false)
                    String year) {
        long id = id(orgId);
        if (!user.mayRead(id)) {
            throw forbidden();
        }
        int peiljaar = year(year);
        return document(id, peiljaar);
    }

    @PostMapping(ORGANISATIONS)
    @Operation(
            summary = "Een gemeente of samenwerking registreren",
            description = "Een gemeente uit de gemeentelijst met {\"municipality\": \"GM0363\"} (code en naam van het"
                    + " CBS), of een samenwerking met {\"name\": \"…\", \"members\": [\"GM…\"]} (code SWnnnn toegekend;"
                    + " de leden zijn lid in elk peiljaar tot een wijziging). Alleen de beheerder.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RegistrationRequest.class),
                            examples = {
                                @ExampleObject(name = "gemeente", value = "{\"municipality\": \"GM0363\"}"),
                                @ExampleObject(
                                        name = "samenwerking",
                                        value = "{\"name\": \"Servicecentrum MER\","
                                                + " \"members\": [\"GM1711\", \"GM1669\", \"GM1641\"]}")
                            }))
    @ApiResponse(
            responseCode = "201",
            description = "Geregistreerd; id en code in de body, Location naar de organisatie")
    @ApiResponse(responseCode = "400", description = "Geen geldige JSON")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(
            responseCode = "409",
            description = "Naam al in gebruik of gemeente al geregistreerd; niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"status\": 409, \"title\": \"Bestaat al\", \"detail\":"
                                                    + " \"Amsterdam (GM0363) is al als organisatie geregistreerd.\","
                                                    + " \"errors\": {\"municipality\": \"Amsterdam (GM0363) is al als"
                                                    + " organisatie geregistreerd.\"}}")))
    @ApiResponse(
            responseCode = "422",
            description = "Onbekende gemeentecode, samenwerking zonder leden of met een lid dubbel; niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"status\": 422, \"title\": \"Ongeldige gegevens\", \"detail\":"
                                                    + " \"GM9999 staat niet in de gemeentelijst.\", \"errors\":"
                                                    + " {\"members\": \"GM9999 staat niet in de gemeentelijst.\"}}")))
    ResponseEntity<OrganisationDocument> register(
            @AuthenticationPrincipal MaatstafUser user, @Valid @RequestBody RegistrationRequest request) {
        requireBeheerder(user);
        boolean municipality = request.municipality() != null;
        boolean cooperation = request.name() != null || request.members() != null;
        if (municipality == cooperation) {
            throw new OrganisationRefusedException(OrganisationRefusedException.Reason.EITHER_KIND, "municipality");
        }
        long id = municipality
                ? organisations.registerMunicipality(request.municipality(), user.getUsername())
                : organisations.registerCooperation(request.name(), request.members(), user.getUsername());
        return ResponseEntity.created(URI.create(ORGANISATIONS + "/" + id)).body(document(id, currentYear()));
    }

    @PutMapping(ORGANISATIONS + "/{orgId}")
    @Operation(
            summary = "Hernoemen of (de)activeren",
            description = "De code verandert nooit. Een gedeactiveerde organisatie houdt haar gegevens en resultaten"
                    + " maar kan niet meer worden aangemeld voor een module. Alleen de beheerder.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = UpdateRequest.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"name\": \"Werkorganisatie MER\", \"active\": false,"
                                                    + " \"version\": 0}")))
    @ApiResponse(responseCode = "200", description = "Opgeslagen; de organisatie met de nieuwe version")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie")
    @ApiResponse(
            responseCode = "409",
            description = "Naam al in gebruik of verouderde version; niets opgeslagen",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Lege of te lange naam, of version ontbreekt",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    OrganisationDocument update(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(example = "42") @PathVariable String orgId,
            @Valid @RequestBody UpdateRequest request) {
        requireBeheerder(user);
        long id = id(orgId);
        organisations.update(id, request.name(), request.active(), request.version(), user.getUsername());
        return document(id, currentYear());
    }

    @GetMapping(ORGANISATIONS + "/{orgId}/members")
    @Operation(summary = "Alle lidmaatschappen lezen", description = "Per gemeente vanaf en tot en met welk peiljaar.")
    @ApiResponse(responseCode = "200", description = "De lidmaatschappen")
    @ApiResponse(responseCode = "403", description = "Een andere organisatie dan de eigen")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie")
    MembershipsDocument memberships(
            @AuthenticationPrincipal MaatstafUser user, @Parameter(example = "42") @PathVariable String orgId) {
        long id = id(orgId);
        if (!user.mayRead(id)) {
            throw forbidden();
        }
        return memberships(id);
    }

    @PutMapping(ORGANISATIONS + "/{orgId}/members/{year}")
    @Operation(
            summary = "De leden vanaf een peiljaar vastleggen",
            description = "Vanaf dit peiljaar zijn precies deze gemeenten lid: andere lidmaatschappen eindigen na het"
                    + " jaar ervoor, een lopend lidmaatschap van een genoemde gemeente loopt door, lidmaatschappen die"
                    + " later zouden beginnen vervallen. Eerdere peiljaren blijven zoals ze waren. Alleen voor een"
                    + " samenwerking; alleen de beheerder.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = MembersRequest.class),
                            examples =
                                    @ExampleObject(value = "{\"members\": [\"GM1711\", \"GM1669\"], \"version\": 1}")))
    @ApiResponse(responseCode = "200", description = "Opgeslagen; alle lidmaatschappen met de nieuwe version")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie")
    @ApiResponse(
            responseCode = "409",
            description = "Verouderde version; niets opgeslagen",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Geen samenwerking, geen leden, een lid dubbel, een onbekende code of een ongeldig peiljaar",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    MembershipsDocument replaceMembers(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(example = "42") @PathVariable String orgId,
            @Parameter(description = "Eerste peiljaar van deze leden", example = "2026") @PathVariable String year,
            @Valid @RequestBody MembersRequest request) {
        requireBeheerder(user);
        long id = id(orgId);
        organisations.replaceMembersFrom(id, pathYear(year), request.members(), request.version(), user.getUsername());
        return memberships(id);
    }

    @GetMapping("/api/v1/municipalities")
    @Operation(
            summary = "De gemeentelijst van een peiljaar",
            description = "De lijst die voor het peiljaar geldt: die van het grootste referentiejaar niet na het"
                    + " peiljaar (of de vroegste lijst), met de samenvoegingen die bij die lijst zijn vastgelegd.")
    @ApiResponse(responseCode = "200", description = "De gemeenten, op naam")
    @ApiResponse(responseCode = "401", description = "Niet aangemeld")
    @ApiResponse(
            responseCode = "422",
            description = "Geen geldig peiljaar",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    MunicipalityListDocument municipalities(
            @Parameter(description = "Peiljaar (standaard dit jaar)", example = "2025")
                    @RequestParam(name = "year", required = false)
                    String year) {
        int peiljaar = year(year);
        Integer referenceYear = municipalities.referenceYearInForce(peiljaar).stream()
                .boxed()
                .findFirst()
                .orElse(null);
        return new MunicipalityListDocument(
                peiljaar,
                referenceYear,
                municipalities.inForce(peiljaar).stream()
                        .map(MemberDocument::of)
                        .toList(),
                referenceYear == null ? java.util.Map.of() : municipalities.successions(referenceYear));
    }

    private OrganisationDocument document(long id, int year) {
        Organisation organisation = organisations
                .find(id, year)
                .orElseThrow(() -> new OrganisationRefusedException(
                        OrganisationRefusedException.Reason.NOT_FOUND, "id", String.valueOf(id)));
        return OrganisationDocument.of(organisation, year, organisations.version(id));
    }

    private MembershipsDocument memberships(long id) {
        Organisation organisation = organisations
                .find(id)
                .orElseThrow(() -> new OrganisationRefusedException(
                        OrganisationRefusedException.Reason.NOT_FOUND, "id", String.valueOf(id)));
        return new MembershipsDocument(
                organisation.code(),
                organisations.version(id),
                organisations.memberships(id).stream()
                        .map(MembershipDocument::of)
                        .toList());
    }

    private static void requireBeheerder(MaatstafUser user) {
        if (!user.isBeheerder()) {
            throw forbidden();
        }
    }

    private static OrganisationApiAdvice.Forbidden forbidden() {
        return new OrganisationApiAdvice.Forbidden();
    }

    private static long id(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            throw new OrganisationRefusedException(OrganisationRefusedException.Reason.NOT_FOUND, "id", text);
        }
        return Long.parseLong(text);
    }

    /** An optional query year: absent is this year, anything but a peiljaar is refused. */
    private int year(String text) {
        return text == null || text.isBlank() ? currentYear() : pathYear(text);
    }

    private static int pathYear(String text) {
        if (text == null
                || !text.strip().matches("\\d{4}")
                || Integer.parseInt(text.strip()) < OrganisationService.FIRST_YEAR
                || Integer.parseInt(text.strip()) > OrganisationService.LAST_YEAR) {
            throw new OrganisationRefusedException(
                    OrganisationRefusedException.Reason.YEAR_OUT_OF_RANGE,
                    "year",
                    String.valueOf(OrganisationService.FIRST_YEAR),
                    String.valueOf(OrganisationService.LAST_YEAR));
        }
        return Integer.parseInt(text.strip());
    }

    private int currentYear() {
        return Year.now(clock).getValue();
    }
}
