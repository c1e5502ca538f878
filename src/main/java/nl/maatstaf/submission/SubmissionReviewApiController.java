package nl.maatstaf.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import nl.maatstaf.account.MaatstafUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The beheerder's review of a submission over JSON: approve or return the version awaiting review,
 * through the same {@link SubmissionService#review} as the review page, which audits it.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/submissions/{year}/{module}")
@Tag(name = "Aanleveringen")
class SubmissionReviewApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String PROBLEM_JSON = "application/problem+json";

    private final SubmissionAccess access;
    private final SubmissionService submissions;
    private final MessageSource messages;

    SubmissionReviewApiController(SubmissionAccess access, SubmissionService submissions, MessageSource messages) {
        this.access = access;
        this.submissions = submissions;
        this.messages = messages;
    }

    @Schema(description = "The beheerder's remark for the participant")
    record ReviewRequest(
            @Schema(
                    description = "Optional when approving, required when returning; at most 4000 characters",
                    example = "Graag de fte van het KCC nakijken: die lijken twee keer geteld.")
            String remark) {}

    @Schema(description = "What the review came to")
    record ReviewDocument(
            @Schema(description = "The submission's status now: GOEDGEKEURD or TERUGGESTUURD", example = "GOEDGEKEURD")
            String status,

            @Schema(description = "The number of the version reviewed", example = "2")
            int version,

            @Schema(description = "The remark as stored, or null", example = "Akkoord.")
            String remark,

            @Schema(description = "In Dutch", example = "De inzending is goedgekeurd en telt nu mee in de benchmark.")
            String detail) {}

    @PostMapping("/approve")
    @Operation(
            summary = "Een ingediende versie goedkeuren (beheerder)",
            description = "Zoals op de beoordelingspagina: de versie die op beoordeling wacht telt daarna mee in de"
                    + " benchmark. Een opmerking is niet verplicht. Komt in de audittrail. De body mag ontbreken.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = false,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReviewRequest.class),
                            examples = @ExampleObject(value = "{\"remark\": \"Akkoord.\"}")))
    @ApiResponse(
            responseCode = "200",
            description = "Goedgekeurd",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReviewDocument.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"status\": \"GOEDGEKEURD\", \"version\": 2, \"remark\":"
                                                    + " \"Akkoord.\", \"detail\": \"De inzending is goedgekeurd en"
                                                    + " telt nu mee in de benchmark.\"}")))
    @ApiResponse(responseCode = "400", description = "Geen geldige JSON of een te lange opmerking; niets gewijzigd")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekende module of de organisatie neemt niet deel")
    @ApiResponse(
            responseCode = "409",
            description = "De aanlevering wacht niet op beoordeling (status niet INGEDIEND); niets gewijzigd",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Niet te beoordelen\","
                                                    + " \"status\": 409, \"detail\": \"Deze aanlevering wacht niet op"
                                                    + " een beoordeling (status CONCEPT). Er is niets gewijzigd.\"}")))
    ReviewDocument approve(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(description = "Organisatie-id", example = "12") @PathVariable long orgId,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable int year,
            @Parameter(description = "Cataloguscode (WMO) of slug (wmo)", example = "wmo") @PathVariable String module,
            @RequestBody(required = false) ReviewRequest request) {
        return review(user, orgId, year, module, SubmissionStatus.GOEDGEKEURD, request);
    }

    @PostMapping("/return")
    @Operation(
            summary = "Een ingediende versie terugsturen (beheerder)",
            description = "Zoals op de beoordelingspagina: de deelnemer kan de aanlevering daarna aanpassen en opnieuw"
                    + " indienen. Een opmerking is verplicht: wat moet er anders? Komt in de audittrail.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReviewRequest.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"remark\": \"Graag de fte van het KCC nakijken: die lijken"
                                                    + " twee keer geteld.\"}")))
    @ApiResponse(
            responseCode = "200",
            description = "Teruggestuurd",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReviewDocument.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Geen geldige JSON, geen opmerking of een te lange opmerking; niets gewijzigd",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Ongeldig verzoek\","
                                                    + " \"status\": 400, \"detail\": \"Vul bij terugsturen een"
                                                    + " opmerking in, zodat de deelnemer weet wat er anders moet. Er"
                                                    + " is niets gewijzigd.\", \"errors\": {\"remark\": \"Vul bij"
                                                    + " terugsturen een opmerking in, zodat de deelnemer weet wat er"
                                                    + " anders moet. Er is niets gewijzigd.\"}}")))
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Onbekende module of de organisatie neemt niet deel")
    @ApiResponse(
            responseCode = "409",
            description = "De aanlevering wacht niet op beoordeling (status niet INGEDIEND); niets gewijzigd")
    ReviewDocument sendBack(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long orgId,
            @PathVariable int year,
            @PathVariable String module,
            @RequestBody(required = false) ReviewRequest request) {
        return review(user, orgId, year, module, SubmissionStatus.TERUGGESTUURD, request);
    }

    private ReviewDocument review(
            MaatstafUser user, long orgId, int year, String module, SubmissionStatus outcome, ReviewRequest request) {
        if (user == null || !user.isBeheerder()) {
            throw new SubmissionApiException(
                    HttpStatus.FORBIDDEN, "forbidden", text("submission.api.reviewForbidden"), null);
        }
        String remark = request == null ? null : request.remark();
        if (outcome == SubmissionStatus.TERUGGESTUURD && (remark == null || remark.isBlank())) {
            throw badRemark("admin.review.remarkRequired");
        }
        if (remark != null && remark.length() > InputLimits.LONG_TEXT) {
            throw badRemark("admin.review.remarkTooLong");
        }
        SubmissionTarget target = access.forApi(user, orgId, year, module, false);
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        SubmissionRow row = draft.row().orElse(null);
        if (row == null || !submissions.review(user, row.id(), outcome, remark)) {
            SubmissionStatus now = submissions
                    .load(target.organisationId(), target.catalog())
                    .row()
                    .map(SubmissionRow::status)
                    .orElse(null);
            throw new SubmissionApiException(
                    HttpStatus.CONFLICT,
                    "notReviewable",
                    text("submission.api.notReviewable", now == null ? StatusOverview.NOT_STARTED : now.name()),
                    null);
        }
        Draft reviewed = submissions.load(target.organisationId(), target.catalog());
        VersionRow version = reviewed.latestVersion().orElseThrow();
        return new ReviewDocument(
                outcome.name(),
                version.versionNo(),
                version.reviewRemark(),
                text(outcome == SubmissionStatus.GOEDGEKEURD ? "admin.review.approved" : "admin.review.returned"));
    }

    private SubmissionApiException badRemark(String key) {
        String message = text(key);
        return new SubmissionApiException(HttpStatus.BAD_REQUEST, "badRequest", message, Map.of("remark", message));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
