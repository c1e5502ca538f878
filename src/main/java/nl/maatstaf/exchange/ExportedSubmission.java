package nl.maatstaf.exchange;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One organisation's latest approved figures of one module, in questionnaire order.
 *
 * @param details its basis and correction lines as flat keys: amounts as numbers, the rest as text
 */
record ExportedSubmission(
        String organisation, String module, Map<String, BigDecimal> values, Map<String, Object> details) {

    ExportedSubmission {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    ExportedSubmission(String organisation, String module, Map<String, BigDecimal> values) {
        this(organisation, module, values, Map.of());
    }
}
