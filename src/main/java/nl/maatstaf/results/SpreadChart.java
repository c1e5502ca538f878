package nl.maatstaf.results;

import java.math.BigDecimal;

/**
 * Data for the spread chart of one figure: the organisation's own value against the reference
 * mean and the reference group's spread. Only aggregates of the reference group, never a list of
 * individual values. Serialised into a data attribute; drawn by results-charts.js.
 *
 * @param format EURO, FTE, DECIMAL or PERCENT, so the chart can label its axis
 */
record SpreadChart(
        String title,
        String format,
        BigDecimal own,
        BigDecimal mean,
        BigDecimal firstQuartile,
        BigDecimal median,
        BigDecimal thirdQuartile,
        Labels labels) {

    record Labels(String own, String mean, String interquartile, String median) {}
}
