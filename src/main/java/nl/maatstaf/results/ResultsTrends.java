package nl.maatstaf.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.DerivedIndicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.FigureKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Trend tab: an organisation's own per-unit figures over the years with the reference mean of
 * each year. Every year's results come from {@link ResultsService}, which caches them per year, so
 * a trend costs a few cache look-ups rather than a calculation per year.
 */
@Component
public class ResultsTrends {

    private final CatalogService catalog;
    private final ResultsService results;
    private final MessageSource messages;
    private final ChartJson json;

    ResultsTrends(CatalogService catalog, ResultsService results, MessageSource messages, ObjectMapper json) {
        this.catalog = catalog;
        this.results = results;
        this.messages = messages;
        this.json = new ChartJson(json);
    }

    /**
     * Every year up to and including the module's own in which the organisation has results, each
     * under the edition's default policy, as the organisation itself sees it.
     */
    public ResultsTrend trendOf(long organisationId, ModuleCatalog module, Locale locale) {
        return trendOf(organisationId, module, null, false, locale);
    }

    /**
     * As {@link #trendOf(long, ModuleCatalog, Locale)}, with the reference group policy asked for
     * in every year that allows it (other years use their default), and optionally the beheerder's
     * view, which includes years not yet published.
     */
    public ResultsTrend trendOf(
            long organisationId, ModuleCatalog module, String requestedPolicy, boolean beheerder, Locale locale) {
        List<OrganisationResults> years = new ArrayList<>();
        List<Integer> peiljaren = new ArrayList<>(catalog.years());
        peiljaren.sort(null);
        for (int year : peiljaren) {
            if (year <= module.year() && catalog.find(year, module.code()).isPresent()) {
                (beheerder
                                ? results.beheerderResultsOf(organisationId, year, module.code(), requestedPolicy)
                                : results.resultsOf(organisationId, year, module.code(), requestedPolicy))
                        .ifPresent(years::add);
            }
        }
        return of(module, years, earlierCodes(module, peiljaren), new Texts(messages, locale), json);
    }

    /**
     * Per task of {@code module}, the codes it had in each earlier peiljaar: a task renamed or
     * merged names the codes it continues ({@code previousCodes}), and those may have been renamed
     * in their own year before, so the chain is followed year by year back from the module's year.
     */
    private Map<String, Map<Integer, List<String>>> earlierCodes(ModuleCatalog module, List<Integer> ascending) {
        Map<String, Map<Integer, List<String>>> codes = new HashMap<>();
        module.tasks().forEach(task -> codes.put(task.code(), new HashMap<>()));
        Map<String, List<String>> current = new HashMap<>();
        module.tasks().forEach(task -> current.put(task.code(), List.of(task.code())));
        ModuleCatalog later = module;
        for (int i = ascending.size() - 1; i >= 0; i--) {
            int year = ascending.get(i);
            if (year >= module.year()) {
                continue;
            }
            Optional<ModuleCatalog> catalogue = catalog.find(year, module.code());
            if (catalogue.isEmpty()) {
                continue;
            }
            ModuleCatalog laterCatalogue = later;
            current.replaceAll((task, laterCodes) -> laterCodes.stream()
                    .flatMap(code -> laterCatalogue
                            .task(code)
                            .filter(t -> !t.previousCodes().isEmpty())
                            .map(t -> t.previousCodes().stream())
                            .orElseGet(() -> java.util.stream.Stream.of(code)))
                    .distinct()
                    .toList());
            current.forEach((task, yearCodes) -> codes.get(task).put(year, yearCodes));
            later = catalogue.get();
        }
        return codes;
    }

    /** @param years the organisation's results, oldest first; labels come from {@code module} */
    static ResultsTrend of(ModuleCatalog module, List<OrganisationResults> years, Texts texts, ChartJson json) {
        return of(module, years, Map.of(), texts, json);
    }

    /**
     * @param earlierCodes per task, the codes it had in an earlier year (see {@link #earlierCodes});
     *     a task or year not in it had the task's own code
     */
    static ResultsTrend of(
            ModuleCatalog module,
            List<OrganisationResults> years,
            Map<String, Map<Integer, List<String>>> earlierCodes,
            Texts texts,
            ChartJson json) {
        List<Map<FigureId, ComparisonLine>> lines = new ArrayList<>();
        List<ResultsTrend.Year> trendYears = new ArrayList<>();
        for (OrganisationResults result : years) {
            Map<FigureId, ComparisonLine> byFigure = new HashMap<>();
            result.comparison().lines().forEach(line -> byFigure.put(line.figure(), line));
            lines.add(byFigure);
            trendYears.add(new ResultsTrend.Year(
                    result.year(),
                    result.preliminary(),
                    result.comparison().referenceGroupSize(),
                    !result.preliminary()
                            && result.comparison().referenceGroupSize()
                                    >= result.comparison().minimumReferenceSize(),
                    texts.policy(result)));
        }
        String singular = texts.of(module.hoofdfactorIndicator().unitSingular());
        String plural = texts.of(module.hoofdfactorIndicator().unit());
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec(
                FigureId.totalCostPerUnit(),
                texts.get("results.headline.costPerUnit", singular),
                "kosten",
                ResultsReport.Format.EURO));
        for (TaskGroup group : module.groups()) {
            specs.add(new Spec(
                    FigureId.groupCostPerUnit(group.code()),
                    texts.get("results.trend.groupCost", texts.of(group.name()), singular),
                    "kosten",
                    ResultsReport.Format.EURO));
        }
        // Per task too, so a renamed task's own line continues under its new name.
        module.tasks()
                .forEach(task -> specs.add(new Spec(
                        FigureId.taskCostPerUnit(task.code()),
                        texts.get("results.trend.groupCost", texts.of(task.name()), singular),
                        "kosten",
                        ResultsReport.Format.EURO)));
        specs.add(new Spec(
                FigureId.totalFtePer100Units(),
                texts.get("results.headline.ftePer100", plural),
                "formatie",
                ResultsReport.Format.FTE));
        for (TaskGroup group : module.groups()) {
            specs.add(new Spec(
                    FigureId.groupFtePer100Units(group.code()),
                    texts.get("results.trend.groupFte", texts.of(group.name()), plural),
                    "formatie",
                    ResultsReport.Format.FTE));
        }
        for (DerivedIndicator indicator : module.derivedIndicators()) {
            specs.add(new Spec(
                    FigureId.derivedIndicator(indicator.code()),
                    texts.of(indicator.name()),
                    "indicatoren",
                    ResultsReport.Format.valueOf(
                            ValueFormat.of(indicator.format()).name())));
        }
        List<ResultsTrend.Series> series = new ArrayList<>();
        for (Spec spec : specs) {
            List<ResultsTrend.Point> points = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i).year();
                boolean published = !years.get(i).preliminary();
                List<String> codes = spec.figure().kind() == FigureKind.TASK_COST_PER_UNIT
                        ? earlierCodes
                                .getOrDefault(spec.figure().code(), Map.of())
                                .getOrDefault(year, List.of(spec.figure().code()))
                        : List.of(spec.figure().code());
                List<Optional<ComparisonLine>> found = new ArrayList<>();
                for (String code : codes) {
                    found.add(Optional.ofNullable(
                            lines.get(i).get(new FigureId(spec.figure().kind(), code))));
                }
                points.add(new ResultsTrend.Point(
                        year,
                        sum(found, line -> line.own(), false),
                        published ? sum(found, ComparisonLine::referenceMean, true) : null));
            }
            String code = spec.figure().kind().name() + ":" + spec.figure().code();
            series.add(new ResultsTrend.Series(
                    code, spec.label(), spec.section(), spec.format(), points, json.write(chart(spec, points, texts))));
        }
        return new ResultsTrend(trendYears, series);
    }

    /**
     * The figure of one year, or the sum of the figures of the tasks a task continues: per-unit
     * figures of one year share the hoofdfactor, so they add up, and so do the reference means of
     * one reference group. A reference is only summed when every part has one.
     */
    private static BigDecimal sum(
            List<Optional<ComparisonLine>> lines,
            java.util.function.Function<ComparisonLine, Optional<BigDecimal>> value,
            boolean allNeeded) {
        BigDecimal total = null;
        for (Optional<ComparisonLine> line : lines) {
            Optional<BigDecimal> part = line.flatMap(value);
            if (part.isEmpty()) {
                if (allNeeded) {
                    return null;
                }
                continue;
            }
            total = total == null ? part.get() : total.add(part.get());
        }
        return total;
    }

    private static TrendChart chart(Spec spec, List<ResultsTrend.Point> points, Texts texts) {
        return new TrendChart(
                spec.label(),
                spec.format().name(),
                points.stream().map(p -> String.valueOf(p.year())).toList(),
                points.stream().map(ResultsTrend.Point::own).toList(),
                points.stream().map(ResultsTrend.Point::reference).toList(),
                texts.get("results.chart.own"),
                texts.get("results.chart.mean"));
    }

    private record Spec(FigureId figure, String label, String section, ResultsReport.Format format) {}

    /** Drawn by results-trend.js: one line for the organisation, one for the reference mean. */
    record TrendChart(
            String title,
            String format,
            List<String> years,
            List<BigDecimal> own,
            List<BigDecimal> reference,
            String ownLabel,
            String referenceLabel) {}
}
