package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import nl.maatstaf.engine.FigureId;

/**
 * An organisation's results for one module and peiljaar as reports and exports use them: the
 * figures of the results pages, formatted as the pages show them and as the engine's unrounded
 * numbers, in the order of the pages. Reference values are null wherever the pages say "te weinig
 * referenties" or the year is preliminary, so no output can show what the pages hide.
 *
 * @param policy the reference group policy in words
 * @param referenceSize the number of organisations the reference figures rest on
 * @param preliminary the peiljaar is not yet published: no reference figures, marked "voorlopig"
 * @param overview cost per unit per task group, own against the reference mean
 * @param relatedLeftOut the sentence saying which of its own cooperations or members the group
 *     leaves out (messages {@code results.leftOut.*}, as on the page); empty when none
 * @param footnotes the organisation's own explanations of its figures, numbered as on the page;
 *     empty for anyone but the organisation itself
 */
public record ResultsReport(
        long organisationId,
        String organisationName,
        int year,
        String moduleCode,
        String moduleName,
        String slug,
        String policy,
        int referenceSize,
        int minimumReferenceSize,
        boolean referenceSufficient,
        boolean preliminary,
        Units units,
        String totalCost,
        String totalFte,
        String inhabitants,
        List<Headline> headlines,
        List<Bar> overview,
        List<Figure> costs,
        List<Figure> formation,
        List<Figure> indicators,
        ResultsTrend trend,
        String readingGuide,
        String relatedLeftOut,
        List<Footnote> footnotes,
        Notes notes) {

    public ResultsReport {
        relatedLeftOut = relatedLeftOut == null ? "" : relatedLeftOut;
        footnotes = List.copyOf(footnotes);
        headlines = List.copyOf(headlines);
        overview = List.copyOf(overview);
        costs = List.copyOf(costs);
        formation = List.copyOf(formation);
        indicators = List.copyOf(indicators);
    }

    /**
     * The numbers of the footnotes at a figure of the cost, formation or indicator table, e.g.
     * "1, 3"; empty when none. A task or group has them in both tables, the total only as cost per
     * unit.
     */
    public String footnoteMarks(Figure figure) {
        Footnote.Place place = switch (figure.level()) {
            case TASK -> Footnote.Place.TASK;
            case GROUP -> Footnote.Place.GROUP;
            case OUTSOURCING -> Footnote.Place.OUTSOURCING;
            case TOTAL -> figure.format() == Format.EURO ? Footnote.Place.TOTAL : null;
            case INDICATOR, MEMBER_CAPACITY -> null;
        };
        return place == null ? "" : marks(place, figure.code());
    }

    /** The numbers of the footnotes at a headline; only the first, the total cost per unit, has any. */
    public String headlineFootnoteMarks(int index) {
        return index == 0 ? marks(Footnote.Place.TOTAL, FigureId.TOTAL) : "";
    }

    private String marks(Footnote.Place place, String code) {
        return footnotes.stream()
                .filter(f -> f.place() == place && f.code().equals(code))
                .map(f -> String.valueOf(f.number()))
                .collect(Collectors.joining(", "));
    }

    /** How a figure is shown: euros whole, fte and decimals with two decimals, percentages with one. */
    public enum Format {
        EURO,
        FTE,
        DECIMAL,
        PERCENT;

        /** The value as the pages show it; empty for null. */
        public String text(BigDecimal value) {
            return value == null ? "" : valueFormat().value(value);
        }

        ValueFormat valueFormat() {
            return ValueFormat.valueOf(name());
        }
    }

    /** Where a figure sits in its table. */
    public enum Level {
        GROUP,
        TASK,
        OUTSOURCING,
        /** A cooperation's capacity at its member municipalities: counted in its group, no reference of its own. */
        MEMBER_CAPACITY,
        TOTAL,
        INDICATOR
    }

    /** The hoofdfactor: "uitkering", "uitkeringen", "500 uitkeringen". */
    public record Units(String name, String singular, String plural, String volumeText) {}

    /** A headline of the overview, formatted as on the page. */
    public record Headline(
            String label,
            String own,
            boolean referenceShown,
            String reference,
            String deviation,
            String deviationPercentage,
            int referenceSize,
            String withheld) {}

    /** One task group's cost per unit; reference null when not shown. */
    public record Bar(String label, BigDecimal own, BigDecimal reference) {}

    /**
     * One per-unit figure against its reference group. The texts are the page's; the numbers the
     * engine's, unrounded.
     *
     * @param absolute euros or fte in total; null for an indicator
     * @param own null for an indicator that cannot be computed
     * @param reference null when not shown (too few references, or preliminary)
     * @param deviationPercentage null also when the reference is 0
     * @param spread null when the reference is not shown
     */
    public record Figure(
            Level level,
            String code,
            String label,
            Format format,
            BigDecimal absolute,
            BigDecimal own,
            BigDecimal reference,
            BigDecimal deviation,
            BigDecimal deviationPercentage,
            int referenceSize,
            Spread spread,
            Texts texts) {

        public boolean referenceShown() {
            return reference != null;
        }
    }

    /**
     * The figure's cells exactly as the page shows them.
     *
     * @param withheld why no reference is shown, in a few words; empty when it is shown
     * @param unknown for a figure an unknown input leaves undetermined (spec §8), what is not known:
     *     "niet bekend", "n.v.t." or "Totaal niet te bepalen: …"; empty otherwise
     */
    public record Texts(
            String absolute,
            String own,
            String reference,
            String deviation,
            String deviationPercentage,
            String withheld,
            String unknown) {}

    /**
     * The basis of the organisation's own version and its correction lines on hired staff: part
     * of its own results only.
     *
     * @param basis "Basis: begroting 2026", "Basis: vastgestelde formatie per 1 januari 2026"
     * @param basisWarning why the basis differs from the reference group's, or null when it does not
     *     (or when the group is too small to say anything about)
     */
    public record Notes(String basis, String basisWarning, List<TaskCorrection> corrections) {

        public Notes {
            corrections = List.copyOf(corrections);
        }
    }

    /**
     * A task's inhuurkosten as entered, its correction lines and what the benchmark counts.
     *
     * @param enteredValue the unrounded amount entered
     * @param correctedValue the unrounded amount after the corrections
     */
    public record TaskCorrection(
            String taskCode,
            String task,
            String entered,
            List<CorrectionLine> lines,
            String corrected,
            BigDecimal enteredValue,
            BigDecimal correctedValue) {

        public TaskCorrection {
            lines = List.copyOf(lines);
        }
    }

    /** One correction line: its kind in words, the amount and the participant's reason. */
    public record CorrectionLine(String kind, String amount, String reason, BigDecimal amountValue) {}

    /** Quartiles of the reference group (inclusive method); never an individual value. */
    public record Spread(BigDecimal firstQuartile, BigDecimal median, BigDecimal thirdQuartile) {}
}
