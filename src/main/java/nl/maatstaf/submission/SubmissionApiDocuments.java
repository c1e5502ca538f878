package nl.maatstaf.submission;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the submission API. Field names are the catalogue's field keys. */
final class SubmissionApiDocuments {

    private SubmissionApiDocuments() {}

    @Schema(description = "A questionnaire of one organisation, module and peiljaar, as stored now")
    record SubmissionDocument(
            long organisationId,
            int year,

            @Schema(description = "Catalogue code of the module", example = "WMO")
            String module,

            @Schema(description = "NIET_GESTART, CONCEPT, INGEDIEND, GOEDGEKEURD or TERUGGESTUURD")
            String status,

            @Schema(description = "Send this back with the next PUT; a stale value is refused with 409")
            int lockVersion,

            @Schema(description = "Field key → text exactly as stored", example = "{\"A.KCC.fte\": \"13,6\"}")
            Map<String, String> values,

            @Schema(description = "Field key → the number read from the text (fields that could be read)")
            Map<String, BigDecimal> numbers,

            @Schema(
                    description = "Field key → NIET_BEKEND or NIET_VAN_TOEPASSING: fields of part A (a task value,"
                            + " an outsourcing line or a whole group as A.<GROUP>.groep) answered so instead of"
                            + " a number. Send either word, or \"niet bekend\" / \"n.v.t.\", as the field's"
                            + " value to set it. Unknown is not zero: such a figure is left out of its reference.",
                    example = "{\"A.BBZ.fte\": \"NIET_BEKEND\"}")
            Map<String, ValueMarker> markers,

            @Schema(description = "Errors: these block submission")
            List<FindingDocument> errors,

            @Schema(description = "Warnings: each needs an explanation before submission")
            List<FindingDocument> warnings,

            @Schema(description = "Warning key → explanation")
            Map<String, String> explanations,

            ContactDocument contact,
            List<VersionDocument> versions) {}

    @Schema(description = "One validation finding with its Dutch message")
    record FindingDocument(
            String field,
            String rule,

            @Schema(
                    description = "Key under which the explanation of a warning is sent (warnings only); related"
                            + " warnings share one, e.g. the net cost and net fte change of a task both have"
                            + " netChange:A.KCC",
                    example = "netChange:A.KCC")
            String warningKey,

            String message) {}

    record ContactDocument(String name, String email, String remarks) {}

    @Schema(description = "A submitted, immutable version")
    record VersionDocument(
            int versionNo,
            OffsetDateTime submittedAt,
            String submittedBy,
            String reviewStatus,
            String reviewRemark,
            OffsetDateTime reviewedAt,
            String reviewedBy) {}

    @Schema(description = "Changes to the draft; only the fields sent are changed, null empties a field")
    record SaveRequest(
            @Schema(description = "The lockVersion of the last read", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer lockVersion,

            @Schema(
                    description = "Field key → a number or a text as a person would type it",
                    example = "{\"A.KCC.fte\": 13.6, \"A.KCC.loonkosten\": \"€ 1.097.211\"}")
            Map<String, JsonNode> values) {}

    @Schema(description = "Submission of the draft: explanations per warning and the contact person")
    record SubmitRequest(
            @Schema(description = "Optional: the lockVersion of the last read")
            Integer lockVersion,

            @Schema(description = "Warning key → explanation")
            Map<String, String> explanations,

            String contactName,
            String contactEmail,
            String remarks) {}
}
