package nl.maatstaf.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.common.DutchTime;
import nl.maatstaf.results.ResultsReport;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF report: the Thymeleaf template {@code report/report} rendered to XHTML in Dutch and laid
 * out on A4 by openhtmltopdf. The text font is embedded so "€", "−" and Dutch accents come out
 * as they are, and the PDF's text can be searched and copied.
 */
final class PdfReport {

    static final String TEMPLATE = "report/report";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FONT_FAMILY = "Report Sans";

    private final ITemplateEngine templates;
    private final ReportTexts texts;

    PdfReport(ITemplateEngine templates, ReportTexts texts) {
        this.templates = templates;
        this.texts = texts;
    }

    byte[] render(ResultsReport report, Instant generated) {
        return pdf(xhtml(report, generated));
    }

    String xhtml(ResultsReport report, Instant generated) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("generated", DutchTime.format(generated));
        model.put(
                "overviewBars",
                PdfCharts.overview(
                        report,
                        texts.get("report.chart.own"),
                        texts.get("report.chart.reference", report.referenceSize())));
        model.put("groupColours", PdfCharts.GROUP_COLOURS);
        List<PdfCharts.SpreadGroup> spreads = List.of(
                        new PdfCharts.SpreadGroup(
                                texts.get(
                                        "report.column.costPerUnit",
                                        report.units().singular()),
                                PdfCharts.spreads(perUnitSpreads(report.costs()))),
                        new PdfCharts.SpreadGroup(
                                texts.get(
                                        "report.column.ftePer100",
                                        report.units().plural()),
                                PdfCharts.spreads(perUnitSpreads(report.formation()))),
                        new PdfCharts.SpreadGroup(
                                texts.get("report.indicators.heading"), PdfCharts.spreads(report.indicators())))
                .stream()
                .filter(group -> !group.bars().isEmpty())
                .toList();
        model.put("spreadGroups", spreads);
        return templates.process(TEMPLATE, new Context(ReportTexts.DUTCH, model));
    }

    // Groups and the total: tasks would make the spread pages too long; their spread is in the tables.
    private static List<ResultsReport.Figure> perUnitSpreads(List<ResultsReport.Figure> figures) {
        return figures.stream()
                .filter(f -> f.level() == ResultsReport.Level.GROUP || f.level() == ResultsReport.Level.TOTAL)
                .toList();
    }

    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(PdfReport::font, FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream font = PdfReport.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("The report font is missing: " + FONT);
        }
        return font;
    }
}
