package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * Cost per unit split into the task groups, one bar for the organisation and (when there are enough
 * references) one for the reference mean. Drawn by results-charts.js.
 */
record StackedChart(String axisLabel, List<String> bars, List<Segment> segments) {

    /** One task group: its value in each bar, in the order of {@code bars}. */
    record Segment(String label, List<BigDecimal> values) {}
}
