package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Map;

/** The figures of an organisation's latest approved version, keyed by {@link FieldKeys}. */
public record ApprovedSubmission(long organisationId, long versionId, int versionNo, Map<String, BigDecimal> values) {

    public ApprovedSubmission {
        values = Map.copyOf(values);
    }

    public BigDecimal value(String fieldKey) {
        return values.get(fieldKey);
    }
}
