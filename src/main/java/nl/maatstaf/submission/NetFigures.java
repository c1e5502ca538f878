package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;

/**
 * Net cost and net fte as the benchmark computes them (spec §4), from questionnaire numbers.
 * Empty fields count as 0, exactly like the calculation engine does.
 */
final class NetFigures {

    private NetFigures() {}

    static BigDecimal netCost(Map<String, BigDecimal> numbers, String taskCode) {
        return value(numbers, FieldKeys.task(taskCode, TaskField.LOONKOSTEN))
                .add(value(numbers, FieldKeys.task(taskCode, TaskField.INHUURKOSTEN)))
                .subtract(value(numbers, FieldKeys.task(taskCode, TaskField.OPBRENGSTEN_DERDEN)));
    }

    static BigDecimal netFte(Map<String, BigDecimal> numbers, String taskCode) {
        return value(numbers, FieldKeys.task(taskCode, TaskField.FTE))
                .subtract(value(numbers, FieldKeys.task(taskCode, TaskField.FTE_DERDEN)));
    }

    static BigDecimal totalCost(ModuleCatalog catalog, Map<String, BigDecimal> numbers) {
        BigDecimal total = BigDecimal.ZERO;
        for (TaskGroup group : catalog.groups()) {
            for (Task task : group.tasks()) {
                total = total.add(netCost(numbers, task.code()));
            }
            total = total.add(value(numbers, FieldKeys.outsourcing(group.code())));
            // A cooperation's capacity at its member municipalities counts in the group, as in the engine.
            total = total.add(value(numbers, FieldKeys.memberCost(group.code())));
        }
        return total;
    }

    /** Total net cost per unit of hoofdfactor; empty when the hoofdfactor is missing or not positive. */
    static Optional<BigDecimal> costPerHoofdfactor(ModuleCatalog catalog, Map<String, BigDecimal> numbers) {
        BigDecimal hoofdfactor = numbers.get(FieldKeys.indicator(catalog.hoofdfactor()));
        if (hoofdfactor == null || hoofdfactor.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(totalCost(catalog, numbers).divide(hoofdfactor, MathContext.DECIMAL128));
    }

    private static BigDecimal value(Map<String, BigDecimal> numbers, String key) {
        BigDecimal value = numbers.get(key);
        return value == null ? BigDecimal.ZERO : value;
    }
}
