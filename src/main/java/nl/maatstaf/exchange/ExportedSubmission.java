package nl.maatstaf.exchange;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maatstaf.submission.ValueMarker;

/**
 * One organisation's latest approved figures of one module, in questionnaire order.
 *
 * @param markers the fields answered "niet bekend" or "n.v.t." instead of a number; exported as
 *     those words, so a file read back in says the same
 * @param texts the texts of its text fields (the description of capacity at member
 *     municipalities), in questionnaire order
 * @param details its basis and correction lines as flat keys: amounts as numbers, the rest as text
 */
record ExportedSubmission(
        String organisation,
        String module,
        Map<String, BigDecimal> values,
        Map<String, ValueMarker> markers,
        Map<String, String> texts,
        Map<String, Object> details) {

    ExportedSubmission {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        markers = Collections.unmodifiableMap(new LinkedHashMap<>(markers));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    ExportedSubmission(String organisation, String module, Map<String, BigDecimal> values) {
        this(organisation, module, values, Map.of(), Map.of(), Map.of());
    }

    ExportedSubmission(
            String organisation,
            String module,
            Map<String, BigDecimal> values,
            Map<String, ValueMarker> markers,
            Map<String, String> texts) {
        this(organisation, module, values, markers, texts, Map.of());
    }
}
