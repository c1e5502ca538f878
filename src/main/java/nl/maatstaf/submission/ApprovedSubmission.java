package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of an organisation's latest approved version, keyed by {@link FieldKeys}.
 *
 * @param markers the fields of part A answered "niet bekend" or "n.v.t." instead of a number
 */
public record ApprovedSubmission(
        long organisationId,
        long versionId,
        int versionNo,
        Map<String, BigDecimal> values,
        Map<String, ValueMarker> markers) {

    public ApprovedSubmission {
        values = Map.copyOf(values);
        markers = markers == null ? Map.of() : Map.copyOf(markers);
    }

    public ApprovedSubmission(long organisationId, long versionId, int versionNo, Map<String, BigDecimal> values) {
        this(organisationId, versionId, versionNo, values, Map.of());
    }

    public BigDecimal value(String fieldKey) {
        return values.get(fieldKey);
    }

    public Optional<ValueMarker> marker(String fieldKey) {
        return Optional.ofNullable(markers.get(fieldKey));
    }
}
