package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of an organisation's latest approved version, keyed by {@link FieldKeys}, with the
 * basis it states and its correction lines on hired staff.
 */
public record ApprovedSubmission(
        long organisationId,
        long versionId,
        int versionNo,
        Map<String, BigDecimal> values,
        SubmissionBasis basis,
        List<HireCorrection> corrections) {

    public ApprovedSubmission {
        values = Map.copyOf(values);
        Objects.requireNonNull(basis, "basis");
        corrections = List.copyOf(corrections);
    }

    /** A version on the budget basis without correction lines. */
    public ApprovedSubmission(long organisationId, long versionId, int versionNo, Map<String, BigDecimal> values) {
        this(organisationId, versionId, versionNo, values, SubmissionBasis.BUDGET, List.of());
    }

    public BigDecimal value(String fieldKey) {
        return values.get(fieldKey);
    }

    /** The correction lines of one task, in line order. */
    public List<HireCorrection> correctionsOf(String taskCode) {
        return corrections.stream().filter(c -> c.taskCode().equals(taskCode)).toList();
    }
}
