package nl.maatstaf.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.maatstaf.results.ResultsReport;

/**
 * The charts of the PDF as plain HTML boxes: widths and positions in percent of the chart width,
 * so the report needs neither scripts nor SVG.
 */
final class PdfCharts {

    static final List<String> GROUP_COLOURS = List.of("#1f4e79", "#4f81b3", "#8fb3d9", "#c9d9ea", "#6b7c8f", "#b0bccb");

    private PdfCharts() {}

    /** One stacked bar: a segment per task group, the widths relative to the longest bar. */
    record StackedBar(String label, String total, List<Segment> segments) {}

    record Segment(String label, String value, String width, String colour) {}

    /** The spreads of one part of the report under a heading. */
    record SpreadGroup(String heading, List<SpreadBar> bars) {}

    /**
     * A reference spread on a common axis: the middle half, the median, the mean and the
     * organisation's own value (no lowest or highest value: each is one organisation's).
     */
    record SpreadBar(
            String label,
            String own,
            String mean,
            String firstQuartile,
            String median,
            String thirdQuartile,
            String boxLeft,
            String boxWidth,
            String medianLeft,
            String meanLeft,
            String ownLeft) {

        public boolean hasOwn() {
            return ownLeft != null;
        }
    }

    static List<StackedBar> overview(ResultsReport report, String ownLabel, String referenceLabel) {
        BigDecimal ownTotal = sum(report.overview(), true);
        boolean withReference = report.overview().stream().allMatch(bar -> bar.reference() != null)
                && !report.overview().isEmpty();
        BigDecimal referenceTotal = withReference ? sum(report.overview(), false) : BigDecimal.ZERO;
        BigDecimal longest = ownTotal.max(referenceTotal);
        List<StackedBar> bars = new ArrayList<>();
        bars.add(bar(report, ownLabel, ownTotal, longest, true));
        if (withReference) {
            bars.add(bar(report, referenceLabel, referenceTotal, longest, false));
        }
        return bars;
    }

    private static StackedBar bar(
            ResultsReport report, String label, BigDecimal total, BigDecimal longest, boolean own) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < report.overview().size(); i++) {
            ResultsReport.Bar group = report.overview().get(i);
            BigDecimal value = own ? group.own() : group.reference();
            segments.add(new Segment(
                    group.label(),
                    ResultsReport.Format.EURO.text(value),
                    percent(positive(value), longest),
                    GROUP_COLOURS.get(i % GROUP_COLOURS.size())));
        }
        return new StackedBar(label, ResultsReport.Format.EURO.text(total), segments);
    }

    private static BigDecimal sum(List<ResultsReport.Bar> bars, boolean own) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ResultsReport.Bar bar : bars) {
            sum = sum.add(positive(own ? bar.own() : bar.reference()));
        }
        return sum;
    }

    /** Every figure with a shown reference spread, in the order given. */
    static List<SpreadBar> spreads(List<ResultsReport.Figure> figures) {
        List<SpreadBar> bars = new ArrayList<>();
        for (ResultsReport.Figure figure : figures) {
            if (figure.spread() != null) {
                bars.add(spread(figure));
            }
        }
        return bars;
    }

    static SpreadBar spread(ResultsReport.Figure figure) {
        ResultsReport.Spread spread = figure.spread();
        ResultsReport.Format format = figure.format();
        BigDecimal low = spread.firstQuartile().min(figure.reference());
        BigDecimal high = spread.thirdQuartile().max(figure.reference());
        if (figure.own() != null) {
            low = low.min(figure.own());
            high = high.max(figure.own());
        }
        BigDecimal span = high.subtract(low);
        Axis axis = new Axis(low, span.signum() == 0 ? BigDecimal.ONE : span);
        return new SpreadBar(
                figure.label(),
                figure.own() == null ? "" : format.text(figure.own()),
                format.text(figure.reference()),
                format.text(spread.firstQuartile()),
                format.text(spread.median()),
                format.text(spread.thirdQuartile()),
                axis.at(spread.firstQuartile()),
                axis.length(spread.firstQuartile(), spread.thirdQuartile()),
                axis.at(spread.median()),
                axis.at(figure.reference()),
                figure.own() == null ? null : axis.at(figure.own()));
    }

    /** Positions on a bar that leaves 2% free at both ends for the markers. */
    private record Axis(BigDecimal low, BigDecimal span) {

        private static final BigDecimal WIDTH = BigDecimal.valueOf(96);

        String at(BigDecimal value) {
            BigDecimal position = value.subtract(low).multiply(WIDTH).divide(span, MathContext.DECIMAL64);
            return css(position.add(BigDecimal.valueOf(2)));
        }

        String length(BigDecimal from, BigDecimal to) {
            return css(to.subtract(from).multiply(WIDTH).divide(span, MathContext.DECIMAL64));
        }
    }

    private static String percent(BigDecimal value, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0%";
        }
        return css(value.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64));
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.max(BigDecimal.ZERO);
    }

    private static String css(BigDecimal percentage) {
        return percentage.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
