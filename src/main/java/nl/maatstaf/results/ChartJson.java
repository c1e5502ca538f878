package nl.maatstaf.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Chart data as JSON for a data attribute. The content security policy forbids inline scripts, so
 * pages carry data only and results-charts.js draws it; the attribute is escaped by Thymeleaf.
 */
final class ChartJson {

    private final ObjectMapper json;

    ChartJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Object chart) {
        if (chart == null) {
            return null;
        }
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data cannot be written", e);
        }
    }
}
