package nl.maatstaf.exchange;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One organisation's latest approved figures of one module, in questionnaire order.
 *
 * @param texts the texts of its text fields (the description of capacity at member
 *     municipalities), in questionnaire order
 */
record ExportedSubmission(
        String organisation, String module, Map<String, BigDecimal> values, Map<String, String> texts) {

    ExportedSubmission {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    ExportedSubmission(String organisation, String module, Map<String, BigDecimal> values) {
        this(organisation, module, values, Map.of());
    }
}
