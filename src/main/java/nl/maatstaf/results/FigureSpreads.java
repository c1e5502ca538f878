package nl.maatstaf.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    List<Entry> costs(ModuleCatalog module, OrganisationResults results, Locale locale) {
        Texts texts = new Texts(messages, locale);
        Comparison comparison = results.comparison();
        List<Entry> entries = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            add(
                    entries,
                    texts,
                    texts.of(group.name()),
                    false,
                    comparison.line(FigureId.groupCostPerUnit(group.code())),
                    ValueFormat.EURO);
            for (Task task : group.tasks()) {
                add(
                        entries,
                        texts,
                        texts.of(task.name()),
                        true,
                        comparison.line(FigureId.taskCostPerUnit(task.code())),
                        ValueFormat.EURO);
            }
            add(
                    entries,
                    texts,
                    texts.of(group.name()) + ": " + texts.get("results.row.outsourcing"),
                    true,
                    comparison.line(FigureId.outsourcingCostPerUnit(group.code())),
                    ValueFormat.EURO);
        }
        add(
                entries,
                texts,
                texts.get("results.row.total"),
                false,
                comparison.line(FigureId.totalCostPerUnit()),
                ValueFormat.EURO);
        return entries;
    }

    List<Entry> formation(ModuleCatalog module, OrganisationResults results, Locale locale) {
        Texts texts = new Texts(messages, locale);
        Comparison comparison = results.comparison();
        List<Entry> entries = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            add(
                    entries,
                    texts,
                    texts.of(group.name()),
                    false,
                    comparison.line(FigureId.groupFtePer100Units(group.code())),
                    ValueFormat.FTE);
            for (Task task : group.tasks()) {
                add(
                        entries,
                        texts,
                        texts.of(task.name()),
                        true,
                        comparison.line(FigureId.taskFtePer100Units(task.code())),
                        ValueFormat.FTE);
            }
        }
        add(
                entries,
                texts,
                texts.get("results.row.total"),
                false,
                comparison.line(FigureId.totalFtePer100Units()),
                ValueFormat.FTE);
        return entries;
    }

    private void add(
            List<Entry> entries, Texts texts, String label, boolean detail, ComparisonLine line, ValueFormat format) {
        if (line.referenceSpread().isEmpty()) {
            return;
        }
        Spread spread = line.referenceSpread().get();
        SpreadChart chart = new SpreadChart(
                label,
                format.name(),
                line.own().orElse(null),
                line.referenceMean().orElseThrow(),
                spread.min(),
                spread.firstQuartile(),
                spread.median(),
                spread.thirdQuartile(),
                spread.max(),
                new SpreadChart.Labels(
                        texts.get("results.chart.own"),
                        texts.get("results.chart.mean"),
                        texts.get("results.chart.range"),
                        texts.get("results.chart.interquartile"),
                        texts.get("results.chart.median")));
        String description = texts.get(
                "results.spreads.label",
                label,
                line.own().map(format::value).orElse(texts.get("results.notComputed")),
                format.value(line.referenceMean().orElseThrow()),
                format.value(spread.firstQuartile()),
                format.value(spread.thirdQuartile()),
                format.value(spread.min()),
                format.value(spread.max()));
        entries.add(new Entry(label, detail, description, json.write(chart)));
    }
}
