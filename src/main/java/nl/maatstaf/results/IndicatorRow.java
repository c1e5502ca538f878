package nl.maatstaf.results;

/**
 * A derived workload indicator, own against reference.
 *
 * @param chart null when there is no reference spread to draw
 * @param chartJson the chart as JSON for the page, null with the chart
 */
record IndicatorRow(
        String code,
        String name,
        String definition,
        String own,
        ReferenceCells reference,
        Explanation explanation,
        SpreadChart chart,
        String chartJson) {}
