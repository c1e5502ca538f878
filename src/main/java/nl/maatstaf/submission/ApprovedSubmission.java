package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of an organisation's latest approved version, keyed by {@link FieldKeys}, with the
 * basis it states and its correction lines on hired staff.
 *
 * @param markers the fields of part A answered "niet bekend" or "n.v.t." instead of a number
 * @param texts the version's texts, such as a cooperation's description of the capacity at its
 *     member municipalities ({@link FieldKeys#memberDescription})
 */
public record ApprovedSubmission(
        long organisationId,
        long versionId,
        int versionNo,
        Map<String, BigDecimal> values,
        Map<String, ValueMarker> markers,
        Map<String, String> texts,
        SubmissionBasis basis,
        List<HireCorrection> corrections) {

    public ApprovedSubmission {
        values = Map.copyOf(values);
        markers = markers == null ? Map.of() : Map.copyOf(markers);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        Objects.requireNonNull(basis, "basis");
        corrections = List.copyOf(corrections);
    }

    /** A version on the budget basis without correction lines, unknown values or texts. */
    public ApprovedSubmission(long organisationId, long versionId, int versionNo, Map<String, BigDecimal> values) {
        this(organisationId, versionId, versionNo, values, Map.of(), Map.of(), SubmissionBasis.BUDGET, List.of());
    }

    /** A version on the budget basis without correction lines. */
    public ApprovedSubmission(
            long organisationId,
            long versionId,
            int versionNo,
            Map<String, BigDecimal> values,
            Map<String, ValueMarker> markers,
            Map<String, String> texts) {
        this(organisationId, versionId, versionNo, values, markers, texts, SubmissionBasis.BUDGET, List.of());
    }

    /** A version without unknown values or texts. */
    public ApprovedSubmission(
            long organisationId,
            long versionId,
            int versionNo,
            Map<String, BigDecimal> values,
            SubmissionBasis basis,
            List<HireCorrection> corrections) {
        this(organisationId, versionId, versionNo, values, Map.of(), Map.of(), basis, corrections);
    }

    public BigDecimal value(String fieldKey) {
        return values.get(fieldKey);
    }

    public Optional<ValueMarker> marker(String fieldKey) {
        return Optional.ofNullable(markers.get(fieldKey));
    }

    /** The text of a text field, or null when it was left empty. */
    public String text(String fieldKey) {
        return texts.get(fieldKey);
    }

    /** The correction lines of one task, in line order. */
    public List<HireCorrection> correctionsOf(String taskCode) {
        return corrections.stream().filter(c -> c.taskCode().equals(taskCode)).toList();
    }
}
