package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of an organisation's latest approved version, keyed by {@link FieldKeys}.
 *
 * @param texts the version's texts, such as a cooperation's description of the capacity at its
 *     member municipalities ({@link FieldKeys#memberDescription})
 */
public record ApprovedSubmission(
        long organisationId, long versionId, int versionNo, Map<String, BigDecimal> values, Map<String, String> texts) {

    public ApprovedSubmission {
        values = Map.copyOf(values);
        texts = Map.copyOf(texts);
    }

    public ApprovedSubmission(long organisationId, long versionId, int versionNo, Map<String, BigDecimal> values) {
        this(organisationId, versionId, versionNo, values, Map.of());
    }

    public BigDecimal value(String fieldKey) {
        return values.get(fieldKey);
    }

    /** The text of a text field, or null when it was left empty. */
    public String text(String fieldKey) {
        return texts.get(fieldKey);
    }
}
