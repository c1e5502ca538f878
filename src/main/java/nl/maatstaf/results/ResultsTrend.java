package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * An organisation's own per-unit figures over the peiljaren it has approved results for, up to
 * and including the year viewed, each with the reference mean of that year. The reference mean
 * is null where that year's reference group was below k or the year is not yet published.
 *
 * @param years ascending
 * @param series total and group cost per unit, total and group fte per 100 units, derived indicators
 */
public record ResultsTrend(List<Year> years, List<Series> series) {

    public ResultsTrend {
        years = List.copyOf(years);
        series = List.copyOf(series);
    }

    /** More than one year: only then is there a trend to draw. */
    public boolean hasHistory() {
        return years.size() > 1;
    }

    /** @param referenceSize the number of organisations that year's reference figures rest on */
    /**
     * @param referenceGroup the policy that year's reference mean follows, in words: a named set
     *     exists per edition and policies are allowed per edition, so it may differ between years
     */
    public record Year(
            int year, boolean preliminary, int referenceSize, boolean referenceSufficient, String referenceGroup) {}

    /**
     * One figure over the years, named as in the year viewed.
     *
     * @param section "kosten", "formatie" or "indicatoren": the tab the figure belongs to
     * @param points one per year of {@link ResultsTrend#years}, in the same order
     */
    public record Series(
            String code,
            String label,
            String section,
            ResultsReport.Format format,
            List<Point> points,
            String chartJson) {

        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * @param own null when the figure did not exist or could not be computed that year
     * @param reference null when not shown that year
     */
    public record Point(int year, BigDecimal own, BigDecimal reference) {}
}
