package nl.maatstaf.engine;

import java.util.Objects;

/**
 * Identifies one comparable (per-unit) figure of a module.
 *
 * @param code the task code, the group code (also for a group's outsourcing line), the derived
 *     indicator code, or {@link #TOTAL} for the organisation's totals
 */
public record FigureId(FigureKind kind, String code) {

    public static final String TOTAL = "TOTAL";

    public FigureId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }

    public static FigureId taskCostPerUnit(String taskCode) {
        return new FigureId(FigureKind.TASK_COST_PER_UNIT, taskCode);
    }

    public static FigureId taskFtePer100Units(String taskCode) {
        return new FigureId(FigureKind.TASK_FTE_PER_100_UNITS, taskCode);
    }

    public static FigureId outsourcingCostPerUnit(String groupCode) {
        return new FigureId(FigureKind.OUTSOURCING_COST_PER_UNIT, groupCode);
    }

    public static FigureId groupCostPerUnit(String groupCode) {
        return new FigureId(FigureKind.GROUP_COST_PER_UNIT, groupCode);
    }

    public static FigureId groupFtePer100Units(String groupCode) {
        return new FigureId(FigureKind.GROUP_FTE_PER_100_UNITS, groupCode);
    }

    public static FigureId totalCostPerUnit() {
        return new FigureId(FigureKind.TOTAL_COST_PER_UNIT, TOTAL);
    }

    public static FigureId totalFtePer100Units() {
        return new FigureId(FigureKind.TOTAL_FTE_PER_100_UNITS, TOTAL);
    }

    public static FigureId derivedIndicator(String code) {
        return new FigureId(FigureKind.DERIVED_INDICATOR, code);
    }
}
