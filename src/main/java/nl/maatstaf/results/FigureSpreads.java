package nl.maatstaf.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.Spread;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reference spread of every per-unit figure of the Kosten and Formatie tabs, drawn like the
 * indicators' spread: groups and the total in view, tasks and outsourcing lines folded away.
 */
@Component
class FigureSpreads {

    private final MessageSource messages;
    private final ChartJson json;

    FigureSpreads(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = new ChartJson(json);
    }

    /** One chart, with whether it is a main figure (group or total) or a detail (task, outsourcing). */
    record Entry(String label, boolean detail, String description, String chartJson) {}

    /** Which figure of a group, a task, a group's outsourcing (if any) and the total a tab charts. */
    private record Figures(
            ValueFormat format,
            Function<String, FigureId> group,
            Function<String, FigureId> task,
            Optional<Function<String, FigureId>> outsourcing,
            FigureId total) {}

    private static final Figures COSTS = new Figures(
            ValueFormat.EURO,
            FigureId::groupCostPerUnit,
            FigureId::taskCostPerUnit,
            Optional.of(FigureId::outsourcingCostPerUnit),
            FigureId.totalCostPerUnit());

    private static final Figures FORMATION = new Figures(
            ValueFormat.FTE,
            FigureId::groupFtePer100Units,
            FigureId::taskFtePer100Units,
            Optional.empty(),
            FigureId.totalFtePer100Units());

    List<Entry> costs(ModuleCatalog module, OrganisationResults results, Locale locale) {
        return entries(module, results, locale, COSTS);
    }

    List<Entry> formation(ModuleCatalog module, OrganisationResults results, Locale locale) {
        return entries(module, results, locale, FORMATION);
    }

    private List<Entry> entries(ModuleCatalog module, OrganisationResults results, Locale locale, Figures figures) {
        Texts texts = new Texts(messages, locale);
        Comparison comparison = results.comparison();
        ValueFormat format = figures.format();
        List<Entry> entries = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            String groupName = texts.of(group.name());
            add(
                    entries,
                    texts,
                    groupName,
                    false,
                    comparison.line(figures.group().apply(group.code())),
                    format);
            for (Task task : group.tasks()) {
                add(
                        entries,
                        texts,
                        texts.of(task.name()),
                        true,
                        comparison.line(figures.task().apply(task.code())),
                        format);
            }
            figures.outsourcing()
                    .ifPresent(outsourcing -> add(
                            entries,
                            texts,
                            groupName + ": " + texts.get("results.row.outsourcing"),
                            true,
                            comparison.line(outsourcing.apply(group.code())),
                            format));
        }
        add(entries, texts, texts.get("results.row.total"), false, comparison.line(figures.total()), format);
        return entries;
    }

    private void add(
            List<Entry> entries, Texts texts, String label, boolean detail, ComparisonLine line, ValueFormat format) {
        chart(label, format, line, texts).ifPresent(chart -> {
            String description = texts.get(
                    "results.spreads.label",
                    label,
                    line.own().map(format::value).orElse(texts.get("results.notComputed")),
                    format.value(chart.mean()),
                    format.value(chart.firstQuartile()),
                    format.value(chart.thirdQuartile()));
            entries.add(new Entry(label, detail, description, json.write(chart)));
        });
    }

    /**
     * The spread chart of one comparison line, or empty when the line has no reference spread; also
     * used for the indicators' charts.
     */
    static Optional<SpreadChart> chart(String title, ValueFormat format, ComparisonLine line, Texts texts) {
        if (line.referenceSpread().isEmpty()) {
            return Optional.empty();
        }
        Spread spread = line.referenceSpread().get();
        return Optional.of(new SpreadChart(
                title,
                format.name(),
                line.own().orElse(null),
                line.referenceMean().orElseThrow(),
                spread.firstQuartile(),
                spread.median(),
                spread.thirdQuartile(),
                new SpreadChart.Labels(
                        texts.get("results.chart.own"),
                        texts.get("results.chart.mean"),
                        texts.get("results.chart.interquartile"),
                        texts.get("results.chart.median"))));
    }
}
