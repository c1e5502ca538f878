package nl.maatstaf.submission;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
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

            @Schema(
                    description = "BEGROTING (the budget of the peiljaar, the default) or FORMATIE (the established"
                            + " formation on the peildatum)",
                    example = "FORMATIE")
            String basis,

            @Schema(
                    description = "The peildatum as stored (text as typed); required with FORMATIE",
                    example = "1-1-2026")
            String peildatum,

            @Schema(description = "Correction lines on the inhuurkosten of tasks, as stored")
            List<CorrectionDocument> corrections,

            List<VersionDocument> versions) {}

    @Schema(description = "A correction line on the inhuurkosten of one task")
    record CorrectionDocument(
            @Schema(description = "Task code of the catalogue", example = "KCC")
            String task,

            @Schema(
                    description = "INCIDENTEEL (an incidental budget left out) or BEZUINIGING (structural hire reduced"
                            + " by an announced cut)",
                    example = "INCIDENTEEL")
            String kind,

            @Schema(
                    description = "A positive amount in whole euros: a number, or a text as a person would type it",
                    example = "12000")
            JsonNode amount,

            @Schema(description = "Why (required, at most 500 characters)", example = "Eenmalig project digitalisering")
            String reason) {}

    @Schema(description = "A correction line of a submitted version")
    record VersionCorrectionDocument(String task, String kind, BigDecimal amount, String reason) {}

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
            String reviewedBy,

            @Schema(description = "BEGROTING or FORMATIE", example = "BEGROTING")
            String basis,

            @Schema(description = "The peildatum with FORMATIE, otherwise null", example = "2026-01-01")
            LocalDate peildatum,

            List<VersionCorrectionDocument> corrections) {}

    @Schema(description = "Changes to the draft; only the fields sent are changed, null empties a field")
    record SaveRequest(
            @Schema(description = "The lockVersion of the last read", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer lockVersion,

            @Schema(
                    description = "Field key → a number or a text as a person would type it",
                    example = "{\"A.KCC.fte\": 13.6, \"A.KCC.loonkosten\": \"€ 1.097.211\"}")
            Map<String, JsonNode> values,

            @Schema(
                    description = "Optional: BEGROTING or FORMATIE; left out, the basis stays as it is",
                    example = "FORMATIE")
            String basis,

            @Schema(
                    description = "Optional: the peildatum (1-1-2026, 2026-01-01 or 1 januari 2026); required before"
                            + " submission with FORMATIE",
                    example = "1-1-2026")
            String peildatum,

            @Schema(
                    description = "Optional: all correction lines on hired staff, replacing the stored ones; an empty"
                            + " list removes them, left out they stay as they are")
            List<CorrectionDocument> corrections) {}

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
