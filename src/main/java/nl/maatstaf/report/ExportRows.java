package nl.maatstaf.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.maatstaf.common.DutchTime;
import nl.maatstaf.results.Footnote;
import nl.maatstaf.results.ResultsReport;
import nl.maatstaf.results.ResultsTrend;

/**
 * The rows of the Excel and CSV exports: overview, costs, formation, indicators and trend. One row
 * per figure with own value, reference, deviations, reference size and spread; reference columns
 * stay empty wherever the pages show no reference (too few references, or a preliminary year).
 * The organisation's own explanations are footnotes, as in the PDF report: the figure sheets' last
 * column "Voetnoot" holds the numbers at a figure, and a last sheet "Toelichtingen" (in the CSV
 * the last section) lists number, figure and text.
 */
final class ExportRows {

    private final ReportTexts texts;

    ExportRows(ReportTexts texts) {
        this.texts = texts;
    }

    /** The sheets; a last one with the organisation's explanations only when it has footnotes. */
    List<ExportSheet> sheets(ResultsReport report, Instant generated) {
        List<ExportSheet> sheets = new ArrayList<>(List.of(
                overview(report, generated),
                figures(texts.get("report.sheet.costs"), report, report.costs()),
                figures(texts.get("report.sheet.formation"), report, report.formation()),
                figures(texts.get("report.sheet.indicators"), report, report.indicators()),
                trend(report)));
        if (!report.footnotes().isEmpty()) {
            sheets.add(footnotes(report));
        }
        if (!report.notes().corrections().isEmpty()) {
            sheets.add(corrections(report));
        }
        return List.copyOf(sheets);
    }

    /** Number, figure and text of each footnote, the numbers those in the figure sheets' last column. */
    private ExportSheet footnotes(ResultsReport report) {
        List<List<ExportCell>> rows = new ArrayList<>();
        rows.add(header("report.column.footnote", "report.column.part", "report.column.explanation"));
        for (Footnote footnote : report.footnotes()) {
            rows.add(List.of(
                    ExportCell.count(footnote.number()),
                    ExportCell.text(footnote.figure()),
                    ExportCell.text(footnote.text())));
        }
        return new ExportSheet(texts.get("report.sheet.footnotes"), true, rows);
    }

    /** The organisation's own correction lines on hired staff: one row per line. */
    private ExportSheet corrections(ResultsReport report) {
        List<List<ExportCell>> rows = new ArrayList<>();
        rows.add(header(
                "report.column.code",
                "results.corrections.task",
                "results.corrections.entered",
                "results.corrections.kind",
                "results.corrections.amount",
                "results.corrections.reason",
                "results.corrections.corrected"));
        for (ResultsReport.TaskCorrection task : report.notes().corrections()) {
            for (ResultsReport.CorrectionLine line : task.lines()) {
                rows.add(List.of(
                        ExportCell.text(task.taskCode()),
                        ExportCell.text(task.task()),
                        ExportCell.number(task.enteredValue(), ExportCell.Kind.EURO),
                        ExportCell.text(line.kind()),
                        ExportCell.number(line.amountValue(), ExportCell.Kind.EURO),
                        ExportCell.text(line.reason()),
                        ExportCell.number(task.correctedValue(), ExportCell.Kind.EURO)));
            }
        }
        return new ExportSheet(texts.get("results.corrections.heading"), false, rows);
    }

    private ExportSheet overview(ResultsReport report, Instant generated) {
        List<List<ExportCell>> rows = new ArrayList<>();
        rows.add(pair("report.field.organisation", ExportCell.text(report.organisationName())));
        rows.add(pair("report.field.module", ExportCell.text(report.moduleName())));
        rows.add(pair("report.field.year", ExportCell.count(report.year())));
        rows.add(pair("report.field.status", ExportCell.text(status(report))));
        rows.add(pair("report.field.basis", ExportCell.text(report.notes().basis())));
        if (report.notes().basisWarning() != null) {
            rows.add(pair(
                    "report.field.basisDiffers", ExportCell.text(report.notes().basisWarning())));
        }
        rows.add(pair("report.field.policy", ExportCell.text(report.policy())));
        if (!report.relatedLeftOut().isEmpty()) {
            rows.add(pair("report.field.relatedLeftOut", ExportCell.text(report.relatedLeftOut())));
        }
        rows.add(pair("report.field.referenceSize", ExportCell.count(report.referenceSize())));
        rows.add(pair("report.field.minimumReferenceSize", ExportCell.count(report.minimumReferenceSize())));
        rows.add(pair("report.field.hoofdfactor", ExportCell.text(report.units().volumeText())));
        rows.add(pair(
                "report.field.totalCost", ExportCell.number(last(report.costs()).absolute(), ExportCell.Kind.EURO)));
        rows.add(pair(
                "report.field.totalFte",
                ExportCell.number(last(report.formation()).absolute(), ExportCell.Kind.DECIMAL)));
        rows.add(pair("report.field.generated", ExportCell.text(DutchTime.format(generated))));
        rows.add(List.of());
        rows.add(List.of(
                ExportCell.text(texts.get("report.column.group")),
                ExportCell.text(
                        texts.get("report.column.ownCostPerUnit", report.units().singular())),
                ExportCell.text(texts.get(
                        "report.column.referenceCostPerUnit", report.units().singular()))));
        for (ResultsReport.Bar bar : report.overview()) {
            rows.add(List.of(
                    ExportCell.text(bar.label()),
                    ExportCell.number(bar.own(), ExportCell.Kind.EURO),
                    ExportCell.number(bar.reference(), ExportCell.Kind.EURO)));
        }
        return new ExportSheet(texts.get("report.sheet.overview"), false, rows);
    }

    private static ResultsReport.Figure last(List<ResultsReport.Figure> figures) {
        return figures.get(figures.size() - 1);
    }

    private List<ExportCell> pair(String key, ExportCell value) {
        return List.of(ExportCell.text(texts.get(key)), value);
    }

    private String status(ResultsReport report) {
        if (report.preliminary()) {
            return texts.get("report.status.preliminary");
        }
        return report.referenceSufficient()
                ? texts.get("report.status.final")
                : texts.get("report.status.tooFew", report.referenceSize(), report.minimumReferenceSize());
    }

    private ExportSheet figures(String name, ResultsReport report, List<ResultsReport.Figure> figures) {
        List<List<ExportCell>> rows = new ArrayList<>();
        rows.add(header(
                "report.column.level",
                "report.column.code",
                "report.column.name",
                "report.column.absolute",
                "report.column.own",
                "report.column.reference",
                "report.column.deviation",
                "report.column.deviationPercentage",
                "report.column.referenceSize",
                "report.column.firstQuartile",
                "report.column.median",
                "report.column.thirdQuartile",
                "report.column.remark",
                "report.column.footnote"));
        for (ResultsReport.Figure figure : figures) {
            ExportCell.Kind kind = kind(figure.format());
            ExportCell.Kind deviationKind =
                    figure.format() == ResultsReport.Format.PERCENT ? ExportCell.Kind.DECIMAL : kind;
            ExportCell.Kind absoluteKind =
                    figure.format() == ResultsReport.Format.EURO ? ExportCell.Kind.EURO : ExportCell.Kind.DECIMAL;
            ResultsReport.Spread spread = figure.spread();
            List<ExportCell> row = new ArrayList<>();
            row.add(ExportCell.text(texts.get("report.level." + figure.level().name())));
            row.add(ExportCell.text(figure.code()));
            row.add(ExportCell.text(figure.label()));
            row.add(ExportCell.number(figure.absolute(), absoluteKind));
            row.add(ExportCell.number(figure.own(), kind));
            row.add(ExportCell.number(figure.reference(), kind));
            row.add(ExportCell.number(figure.deviation(), deviationKind));
            row.add(ExportCell.number(figure.deviationPercentage(), ExportCell.Kind.PERCENT));
            row.add(ExportCell.count(figure.referenceSize()));
            row.add(ExportCell.number(spread == null ? null : spread.firstQuartile(), kind));
            row.add(ExportCell.number(spread == null ? null : spread.median(), kind));
            row.add(ExportCell.number(spread == null ? null : spread.thirdQuartile(), kind));
            row.add(ExportCell.text(remark(report, figure)));
            row.add(ExportCell.text(report.footnoteMarks(figure)));
            rows.add(row);
        }
        return new ExportSheet(name, true, rows);
    }

    private String remark(ResultsReport report, ResultsReport.Figure figure) {
        if (figure.level() == ResultsReport.Level.MEMBER_CAPACITY) {
            return figure.texts().withheld();
        }
        String unknown = figure.texts().unknown();
        String other = otherRemark(report, figure);
        if (unknown == null || unknown.isEmpty()) {
            return other;
        }
        return other.isEmpty() ? unknown : unknown + " " + other;
    }

    private String otherRemark(ResultsReport report, ResultsReport.Figure figure) {
        if (report.preliminary()) {
            return texts.get("report.remark.preliminary");
        }
        if (!figure.referenceShown()) {
            return figure.texts().withheld();
        }
        if (figure.own() == null && figure.texts().unknown().isEmpty()) {
            return texts.get("report.remark.notComputed");
        }
        return "";
    }

    private ExportSheet trend(ResultsReport report) {
        ResultsTrend trend = report.trend();
        List<List<ExportCell>> rows = new ArrayList<>();
        rows.add(header(
                "report.column.name",
                "report.column.year",
                "report.column.own",
                "report.column.reference",
                "report.column.referenceSize",
                "report.column.remark"));
        for (ResultsTrend.Series series : trend.series()) {
            ExportCell.Kind kind = kind(series.format());
            for (int i = 0; i < series.points().size(); i++) {
                ResultsTrend.Point point = series.points().get(i);
                ResultsTrend.Year year = trend.years().get(i);
                String remark = year.preliminary()
                        ? texts.get("report.remark.preliminary")
                        : point.reference() == null ? texts.get("report.remark.tooFew") : "";
                rows.add(List.of(
                        ExportCell.text(series.label()),
                        ExportCell.count(point.year()),
                        ExportCell.number(point.own(), kind),
                        ExportCell.number(point.reference(), kind),
                        ExportCell.count(year.referenceSize()),
                        ExportCell.text(remark)));
            }
        }
        return new ExportSheet(texts.get("report.sheet.trend"), true, rows);
    }

    private List<ExportCell> header(String... keys) {
        List<ExportCell> row = new ArrayList<>();
        for (String key : keys) {
            row.add(ExportCell.text(texts.get(key)));
        }
        return row;
    }

    static ExportCell.Kind kind(ResultsReport.Format format) {
        return switch (format) {
            case EURO -> ExportCell.Kind.EURO;
            case FTE, DECIMAL -> ExportCell.Kind.DECIMAL;
            case PERCENT -> ExportCell.Kind.PERCENT;
        };
    }
}
