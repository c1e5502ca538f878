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
        return of(module, years, new Texts(messages, locale), json);
    }

    /** @param years the organisation's results, oldest first; labels come from {@code module} */
    static ResultsTrend of(ModuleCatalog module, List<OrganisationResults> years, Texts texts, ChartJson json) {
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
                Optional<ComparisonLine> line = Optional.ofNullable(lines.get(i).get(spec.figure()));
                boolean published = !years.get(i).preliminary();
                points.add(new ResultsTrend.Point(
                        years.get(i).year(),
                        line.flatMap(ComparisonLine::own).orElse(null),
                        line.filter(l -> published)
                                .flatMap(ComparisonLine::referenceMean)
                                .orElse(null)));
            }
            String code = spec.figure().kind().name() + ":" + spec.figure().code();
            series.add(new ResultsTrend.Series(
                    code, spec.label(), spec.section(), spec.format(), points, json.write(chart(spec, points, texts))));
        }
        return new ResultsTrend(trendYears, series);
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
