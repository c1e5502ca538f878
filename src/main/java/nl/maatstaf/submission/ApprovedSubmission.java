package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of an organisation's latest approved version, keyed by {@link FieldKeys}.
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
        Map<String, String> texts) {

    public ApprovedSubmission {
        values = Map.copyOf(values);
        markers = markers == null ? Map.of() : Map.copyOf(markers);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    public ApprovedSubmission(long organisationId, long versionId, int versionNo, Map<String, BigDecimal> values) {
        this(organisationId, versionId, versionNo, values, Map.of(), Map.of());
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
}
