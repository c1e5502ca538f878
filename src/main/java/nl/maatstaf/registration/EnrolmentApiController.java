package nl.maatstaf.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.EnrolmentResult;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enrolments over JSON: the beheerder enrols an organisation in a module of an open peiljaar, or withdraws it. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/enrolments/{year}/{module}")
@Tag(
        name = "Inschrijvingen",
        description = "Organisaties inschrijven in modules van een open peiljaar (alleen de beheerder)")
class EnrolmentApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String PROBLEM_JSON = "application/problem+json";

    private final Enrolments enrolments;
    private final RegistrationTargets targets;
    private final MessageSource messages;

    EnrolmentApiController(Enrolments enrolments, RegistrationTargets targets, MessageSource messages) {
        this.enrolments = enrolments;
        this.targets = targets;
        this.messages = messages;
    }

    @Schema(description = "An organisation's enrolment in a module of a peiljaar")
    record EnrolmentDocument(
            @Schema(example = "12") long organisationId,
            @Schema(example = "GM0363") String organisation,
            @Schema(example = "2026") int year,
            @Schema(example = "WMO") String module,

            @Schema(description = "In Dutch", example = "Gemeente Amsterdam is ingeschreven voor Wmo 2026.")
            String detail) {}

    @PutMapping
    @Operation(
            summary = "Een organisatie inschrijven",
            description = "Schrijft de organisatie in voor de module van een open peiljaar. Wie al is ingeschreven"
                    + " blijft dat; er verandert dan niets. Komt in de audittrail.")
    @ApiResponse(
            responseCode = "201",
            description = "Ingeschreven",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = EnrolmentDocument.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"organisationId\": 12, \"organisation\": \"GM0363\", \"year\":"
                                                    + " 2026, \"module\": \"WMO\", \"detail\": \"Gemeente Amsterdam is"
                                                    + " ingeschreven voor Wmo 2026.\"}")))
    @ApiResponse(responseCode = "200", description = "Was al ingeschreven; er is niets veranderd")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie, onbekend peiljaar of onbekende module")
    @ApiResponse(
            responseCode = "409",
            description = "Het peiljaar is niet open",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Niet mogelijk\","
                                                    + " \"status\": 409, \"detail\": \"Peiljaar 2024 is niet open:"
                                                    + " inschrijvingen kunnen niet meer veranderen.\"}")))
    ResponseEntity<EnrolmentDocument> enrol(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(description = "Organisatie-id", example = "12") @PathVariable String orgId,
            @Parameter(description = "Peiljaar", example = "2026") @PathVariable String year,
            @Parameter(description = "Cataloguscode (WMO) of slug (wmo)", example = "wmo") @PathVariable
                    String module) {
        requireBeheerder(user);
        Organisation organisation = organisation(orgId);
        ModuleCatalog edition = module(year, module);
        if (!organisation.active()) {
            throw new RegistrationApiException(
                    HttpStatus.CONFLICT, "conflict", text("registration.error.inactive", organisation.name()));
        }
        EnrolmentResult result =
                enrolments.enrol(organisation.id(), edition.year(), edition.code(), user.getUsername());
        if (result == EnrolmentResult.YEAR_NOT_OPEN) {
            throw yearNotOpen(edition);
        }
        String key = result == EnrolmentResult.ENROLLED ? "registration.enrolled" : "registration.alreadyEnrolled";
        return ResponseEntity.status(result == EnrolmentResult.ENROLLED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new EnrolmentDocument(
                        organisation.id(),
                        organisation.code(),
                        edition.year(),
                        edition.code(),
                        text(key, organisation.name(), edition.name().nl(), edition.year())));
    }

    @DeleteMapping
    @Operation(
            summary = "Een inschrijving intrekken",
            description = "Alleen zolang de organisatie voor deze module en dit peiljaar geen concept of inzending"
                    + " heeft, en alleen in een open peiljaar. Komt in de audittrail.")
    @ApiResponse(responseCode = "204", description = "Ingetrokken")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(
            responseCode = "404",
            description = "Onbekende organisatie, peiljaar of module, of de organisatie is niet ingeschreven")
    @ApiResponse(
            responseCode = "409",
            description = "De organisatie heeft al een concept of inzending, of het peiljaar is niet open; niets"
                    + " veranderd",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Niet mogelijk\","
                                                    + " \"status\": 409, \"detail\": \"De inschrijving van Gemeente"
                                                    + " Amsterdam voor Wmo 2026 is niet ingetrokken: er is al een"
                                                    + " concept of inzending.\"}")))
    ResponseEntity<Void> withdraw(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable String orgId,
            @PathVariable String year,
            @PathVariable String module) {
        requireBeheerder(user);
        Organisation organisation = organisation(orgId);
        ModuleCatalog edition = module(year, module);
        EnrolmentResult result =
                enrolments.withdraw(organisation.id(), edition.year(), edition.code(), user.getUsername());
        return switch (result) {
            case WITHDRAWN -> ResponseEntity.noContent().build();
            case NOT_ENROLLED ->
                throw new RegistrationApiException(
                        HttpStatus.NOT_FOUND,
                        "notFound",
                        text(
                                "registration.notEnrolled",
                                organisation.name(),
                                edition.name().nl(),
                                edition.year()));
            case HAS_SUBMISSION ->
                throw new RegistrationApiException(
                        HttpStatus.CONFLICT,
                        "conflict",
                        text(
                                "registration.hasSubmission",
                                organisation.name(),
                                edition.name().nl(),
                                edition.year()));
            case YEAR_NOT_OPEN -> throw yearNotOpen(edition);
            default -> throw new IllegalStateException("Unexpected " + result);
        };
    }

    private Organisation organisation(String orgId) {
        return targets.organisation(orgId)
                .orElseThrow(() -> new RegistrationApiException(
                        HttpStatus.NOT_FOUND,
                        "notFound",
                        text("registration.api.unknownOrganisation", RegistrationTargets.abbreviate(orgId))));
    }

    private ModuleCatalog module(String year, String module) {
        return targets.module(year, module)
                .orElseThrow(() -> new RegistrationApiException(
                        HttpStatus.NOT_FOUND,
                        "notFound",
                        text(
                                "registration.api.unknownModule",
                                RegistrationTargets.abbreviate(year),
                                RegistrationTargets.abbreviate(module))));
    }

    private RegistrationApiException yearNotOpen(ModuleCatalog edition) {
        return new RegistrationApiException(
                HttpStatus.CONFLICT, "conflict", text("registration.yearNotOpen", edition.year()));
    }

    private void requireBeheerder(MaatstafUser user) {
        if (user == null || !user.isBeheerder()) {
            throw new RegistrationApiException(HttpStatus.FORBIDDEN, "forbidden", text("registration.api.forbidden"));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
