package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine computes for one organisation on its own, before any comparison.
 *
 * @param hoofdfactor the volume N that all per-unit figures are relative to
 * @param groups the task groups in catalogue order
 * @param total the organisation's totals over all groups
 * @param taskInputTotal the input components summed over all tasks (e.g. gross fte, loonkosten)
 * @param outsourcingTotal kosten taken belegd bij derden summed over all groups
 * @param derivedIndicators in catalogue order
 * @param totalGaps what keeps the totals from being determined; empty lists when they are known
 * @param incompleteInputTotals the input components of which {@code taskInputTotal} is only a
 *     subtotal, because a task or group left one unknown
 * @param outsourcingTotalKnown false when {@code outsourcingTotal} misses an unknown line
 */
public record OrganisationFigures(
        long organisationId,
        BigDecimal hoofdfactor,
        List<GroupFigures> groups,
        CostAndFte total,
        TaskInput taskInputTotal,
        BigDecimal outsourcingTotal,
        List<DerivedIndicatorValue> derivedIndicators,
        Gaps totalGaps,
        Set<TaskComponent> incompleteInputTotals,
        boolean outsourcingTotalKnown) {

    public OrganisationFigures {
        groups = List.copyOf(groups);
        derivedIndicators = List.copyOf(derivedIndicators);
        totalGaps = totalGaps == null ? Gaps.NONE : totalGaps;
        incompleteInputTotals = incompleteInputTotals == null ? Set.of() : Set.copyOf(incompleteInputTotals);
    }

    /** @throws IllegalArgumentException when the module has no such group */
    public GroupFigures group(String groupCode) {
        for (GroupFigures group : groups) {
            if (group.groupCode().equals(groupCode)) {
                return group;
            }
        }
        throw new IllegalArgumentException("Unknown group '" + groupCode + "'");
    }

    /** @throws IllegalArgumentException when the module has no such task */
    public TaskFigures task(String taskCode) {
        for (GroupFigures group : groups) {
            for (TaskFigures task : group.tasks()) {
                if (task.taskCode().equals(taskCode)) {
                    return task;
                }
            }
        }
        throw new IllegalArgumentException("Unknown task '" + taskCode + "'");
    }

    /** @throws IllegalArgumentException when the module has no such derived indicator */
    public DerivedIndicatorValue derivedIndicator(String code) {
        for (DerivedIndicatorValue indicator : derivedIndicators) {
            if (indicator.code().equals(code)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("Unknown derived indicator '" + code + "'");
    }

    OrganisationFigures withDerivedIndicators(List<DerivedIndicatorValue> values) {
        return new OrganisationFigures(
                organisationId,
                hoofdfactor,
                groups,
                total,
                taskInputTotal,
                outsourcingTotal,
                values,
                totalGaps,
                incompleteInputTotals,
                outsourcingTotalKnown);
    }
}
