package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One organisation's submission for one module and peiljaar. Maps are keyed by catalogue codes;
 * a missing task or outsourcing line counts as 0, a missing indicator or finance figure as "not
 * supplied". An input of part A marked unknown is in {@code gaps}, never in the maps as 0.
 *
 * @param cooperation whether the organisation is a cooperation of municipalities
 * @param memberCapacityByGroup capacity the member municipalities hold themselves, per group code;
 *     only a cooperation has any
 */
public record OrganisationInput(
        long organisationId,
        BigDecimal inhabitants,
        Map<String, TaskInput> tasks,
        Map<String, BigDecimal> outsourcingByGroup,
        Map<String, BigDecimal> indicators,
        Map<String, BigDecimal> finance,
        InputGaps gaps,
        boolean cooperation,
        Map<String, MemberCapacity> memberCapacityByGroup) {

    public OrganisationInput {
        gaps = gaps == null ? InputGaps.NONE : gaps;
        tasks = copyWithoutNullValues(tasks);
        outsourcingByGroup = copyWithoutNullValues(outsourcingByGroup);
        indicators = copyWithoutNullValues(indicators);
        finance = copyWithoutNullValues(finance);
        memberCapacityByGroup = copyWithoutNullValues(memberCapacityByGroup);
        // A municipality is its own member: capacity "at the member municipalities" would count twice.
        if (!cooperation && !memberCapacityByGroup.isEmpty()) {
            throw new IllegalArgumentException(String.format(
                    "Organisation %d is no cooperation and cannot report capacity at member municipalities",
                    organisationId));
        }
    }

    /** An organisation without capacity at member municipalities that knows every input of part A. */
    public OrganisationInput(
            long organisationId,
            BigDecimal inhabitants,
            Map<String, TaskInput> tasks,
            Map<String, BigDecimal> outsourcingByGroup,
            Map<String, BigDecimal> indicators,
            Map<String, BigDecimal> finance) {
        this(organisationId, inhabitants, tasks, outsourcingByGroup, indicators, finance, InputGaps.NONE);
    }

    /** A municipality, or a cooperation without capacity at its members, with these unknown inputs. */
    public OrganisationInput(
            long organisationId,
            BigDecimal inhabitants,
            Map<String, TaskInput> tasks,
            Map<String, BigDecimal> outsourcingByGroup,
            Map<String, BigDecimal> indicators,
            Map<String, BigDecimal> finance,
            InputGaps gaps) {
        this(organisationId, inhabitants, tasks, outsourcingByGroup, indicators, finance, gaps, false, Map.of());
    }

    /** An organisation that knows every input of part A. */
    public OrganisationInput(
            long organisationId,
            BigDecimal inhabitants,
            Map<String, TaskInput> tasks,
            Map<String, BigDecimal> outsourcingByGroup,
            Map<String, BigDecimal> indicators,
            Map<String, BigDecimal> finance,
            boolean cooperation,
            Map<String, MemberCapacity> memberCapacityByGroup) {
        this(
                organisationId,
                inhabitants,
                tasks,
                outsourcingByGroup,
                indicators,
                finance,
                InputGaps.NONE,
                cooperation,
                memberCapacityByGroup);
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
