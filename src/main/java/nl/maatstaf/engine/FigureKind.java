package nl.maatstaf.engine;

/** What a comparable figure measures, and of what. */
public enum FigureKind {
    TASK_COST_PER_UNIT,
    TASK_FTE_PER_100_UNITS,
    OUTSOURCING_COST_PER_UNIT,
    GROUP_COST_PER_UNIT,
    GROUP_FTE_PER_100_UNITS,
    TOTAL_COST_PER_UNIT,
    TOTAL_FTE_PER_100_UNITS,
    DERIVED_INDICATOR
}
