package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One organisation's submission for one module and peiljaar. Maps are keyed by catalogue codes;
 * a missing task or outsourcing line counts as 0, a missing indicator or finance figure as "not
 * supplied". An input of part A marked unknown is in {@code gaps}, never in the maps as 0.
 */
public record OrganisationInput(
        long organisationId,
        BigDecimal inhabitants,
        Map<String, TaskInput> tasks,
        Map<String, BigDecimal> outsourcingByGroup,
        Map<String, BigDecimal> indicators,
        Map<String, BigDecimal> finance,
        InputGaps gaps) {

    public OrganisationInput {
        gaps = gaps == null ? InputGaps.NONE : gaps;
        tasks = copyWithoutNullValues(tasks);
        outsourcingByGroup = copyWithoutNullValues(outsourcingByGroup);
        indicators = copyWithoutNullValues(indicators);
        finance = copyWithoutNullValues(finance);
    }

    /** An organisation that gave a number for every input of part A. */
    public OrganisationInput(
            long organisationId,
            BigDecimal inhabitants,
            Map<String, TaskInput> tasks,
            Map<String, BigDecimal> outsourcingByGroup,
            Map<String, BigDecimal> indicators,
            Map<String, BigDecimal> finance) {
        this(organisationId, inhabitants, tasks, outsourcingByGroup, indicators, finance, InputGaps.NONE);
    }

    // A null value is how a form says "empty"; dropping it keeps one meaning for "absent".
    private static <V> Map<String, V> copyWithoutNullValues(Map<String, V> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
