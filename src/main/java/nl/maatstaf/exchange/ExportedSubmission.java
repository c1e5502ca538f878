package nl.maatstaf.exchange;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One organisation's latest approved figures of one module, in questionnaire order. */
record ExportedSubmission(String organisation, String module, Map<String, BigDecimal> values) {

    ExportedSubmission {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
