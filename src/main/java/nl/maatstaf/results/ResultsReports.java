package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.DerivedIndicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.CostAndFte;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.Gaps;
import nl.maatstaf.engine.GroupFigures;
import nl.maatstaf.engine.OrganisationFigures;
import nl.maatstaf.engine.TaskFigures;
import nl.maatstaf.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * The results of an organisation for reports and exports, with the authorisation of the pages:
 * deelnemers and lezers get their own organisation only, the beheerder any organisation it names,
 * audited. Built from the same results and formatted page model as the pages, always in Dutch.
 */
@Component
public class ResultsReports {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ResultsModules modules;
    private final ResultsAccess access;
    private final ResultsService results;
    private final ResultsPageFactory pages;
    private final ResultsTrends trends;
    private final ResultsFootnotes footnotes;

    ResultsReports(
            ResultsModules modules,
            ResultsAccess access,
            ResultsService results,
            ResultsPageFactory pages,
            ResultsTrends trends,
            ResultsFootnotes footnotes) {
        this.modules = modules;
        this.access = access;
        this.results = results;
        this.pages = pages;
        this.trends = trends;
        this.footnotes = footnotes;
    }

    /**
     * @param requestedOrganisation the organisation id the request names; only the beheerder must
     *     name one, for everyone else it must be absent or their own
     * @param module slug or catalogue code
     * @param requestedPolicy the reference group policy asked for; one the organisation may not
     *     choose gives the edition's default, as on the page
     * @param download what is downloaded, for the audit log, e.g. "rapport.pdf"
     * @throws RuntimeException answered as 404 for an unknown year, module or organisation, an
     *     organisation not enrolled or without approved results, and as 403 for another
     *     organisation than a participant's own
     */
    public ResultsReport read(
            MaatstafUser user,
            String requestedOrganisation,
            String year,
            String module,
            String requestedPolicy,
            String download) {
        ModuleCatalog catalog = modules.resolve(year, module);
        Organisation organisation = access.organisationToRead(user, requestedOrganisation, catalog, download)
                .orElseThrow(() -> new ResultsNotFoundException("No organisation named"));
        OrganisationResults found = results.resultsOf(
                        organisation.id(), catalog.year(), catalog.code(), requestedPolicy)
                .orElseThrow(() -> new ResultsNotFoundException("No approved submission"));
        ResultsPage page = pages.build(catalog, organisation.name(), found, DUTCH);
        return build(
                catalog,
                found,
                page,
                trends.trendOf(organisation.id(), catalog, requestedPolicy, false, DUTCH),
                footnotes.forViewer(user, catalog, found, DUTCH).all());
    }

    /** The report of results and the page built from them, without footnotes; for fixtures. */
    static ResultsReport build(
            ModuleCatalog module, OrganisationResults results, ResultsPage page, ResultsTrend trend) {
        return build(module, results, page, trend, List.of());
    }

    /** The report of results and the page built from them, with the organisation's own footnotes. */
    static ResultsReport build(
            ModuleCatalog module,
            OrganisationResults results,
            ResultsPage page,
            ResultsTrend trend,
            List<Footnote> footnotes) {
        Comparison comparison = results.comparison();
        boolean published = !results.preliminary();
        return new ResultsReport(
                results.organisationId(),
                page.organisationName(),
                module.year(),
                module.code(),
                page.moduleName(),
                module.slug(),
                page.policy(),
                page.referenceSize(),
                page.minimumReferenceSize(),
                page.referenceSufficient() && published,
                results.preliminary(),
                new ResultsReport.Units(
                        page.units().name(),
                        page.units().singular(),
                        page.units().plural(),
                        page.units().volumeText()),
                page.totalCost(),
                page.totalFte(),
                page.inhabitants(),
                page.headlines().stream().map(h -> headline(h, published)).toList(),
                overview(module, comparison, published),
                costs(module, comparison, page.costRows(), published),
                formation(module, comparison, page.fteRows(), published),
                indicators(module, comparison, page.indicators(), published),
                trend,
                page.readingGuide(),
                published ? page.relatedLeftOut() : "",
                footnotes,
                page.notes());
    }

    private static ResultsReport.Headline headline(Headline headline, boolean published) {
        ReferenceCells reference = headline.reference();
        boolean shown = reference.shown() && published;
        return new ResultsReport.Headline(
                headline.label(),
                headline.own(),
                shown,
                shown ? reference.value() : "",
                shown ? reference.deviation() : "",
                shown ? reference.deviationPercentage() : "",
                reference.size(),
                reference.withheld());
    }

    private static List<ResultsReport.Bar> overview(ModuleCatalog module, Comparison comparison, boolean published) {
        List<ResultsReport.Bar> bars = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            ComparisonLine line = comparison.line(FigureId.groupCostPerUnit(group.code()));
            bars.add(new ResultsReport.Bar(
                    group.name().nl(),
                    line.own().orElse(null),
                    published ? line.referenceMean().orElse(null) : null));
        }
        return bars;
    }

    /** Which figures a tab reports, and which absolute amount stands beside each. */
    private record Measure(
            ResultsReport.Format format,
            Function<String, FigureId> group,
            Function<String, FigureId> task,
            boolean outsourcing,
            FigureId total,
            Function<CostAndFte, BigDecimal> absolute,
            Predicate<Gaps> known) {

        /** Cost per unit for the costs, fte per 100 units for the formation. */
        BigDecimal perUnit(CostAndFte figures) {
            return format == ResultsReport.Format.EURO ? figures.costPerUnit() : figures.ftePer100Units();
        }
    }

    private static final Measure COSTS = new Measure(
            ResultsReport.Format.EURO,
            FigureId::groupCostPerUnit,
            FigureId::taskCostPerUnit,
            true,
            FigureId.totalCostPerUnit(),
            CostAndFte::cost,
            Gaps::costKnown);

    private static final Measure FORMATION = new Measure(
            ResultsReport.Format.FTE,
            FigureId::groupFtePer100Units,
            FigureId::taskFtePer100Units,
            false,
            FigureId.totalFtePer100Units(),
            CostAndFte::fte,
            Gaps::fteKnown);

    private static List<ResultsReport.Figure> costs(
            ModuleCatalog module, Comparison comparison, List<FigureRow> rows, boolean published) {
        return figures(module, comparison, rows, published, COSTS);
    }

    private static List<ResultsReport.Figure> formation(
            ModuleCatalog module, Comparison comparison, List<FigureRow> rows, boolean published) {
        return figures(module, comparison, rows, published, FORMATION);
    }

    // The page's rows come in this order too: per group the group, its tasks, its outsourcing line (costs only);
    // then the total.
    private static List<ResultsReport.Figure> figures(
            ModuleCatalog module, Comparison comparison, List<FigureRow> rows, boolean published, Measure measure) {
        OrganisationFigures own = comparison.own();
        List<Source> sources = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            GroupFigures groupFigures = own.group(group.code());
            sources.add(new Source(
                    ResultsReport.Level.GROUP,
                    measure.group().apply(group.code()),
                    measure.absolute().apply(groupFigures.figures())));
            for (Task task : group.tasks()) {
                TaskFigures taskFigures = own.task(task.code());
                // A task that is not known has no amount at all, not 0.
                sources.add(new Source(
                        ResultsReport.Level.TASK,
                        measure.task().apply(task.code()),
                        measure.known().test(taskFigures.gaps())
                                ? measure.absolute().apply(taskFigures.figures())
                                : null));
            }
            if (measure.outsourcing()) {
                sources.add(new Source(
                        ResultsReport.Level.OUTSOURCING,
                        FigureId.outsourcingCostPerUnit(group.code()),
                        groupFigures.outsourcing().known()
                                ? groupFigures.outsourcing().cost()
                                : null));
            }
            groupFigures
                    .memberCapacityLine()
                    .ifPresent(capacity -> sources.add(Source.memberCapacity(
                            group.code(), measure.absolute().apply(capacity), measure.perUnit(capacity))));
        }
        sources.add(new Source(
                ResultsReport.Level.TOTAL, measure.total(), measure.absolute().apply(own.total())));
        return zip(sources, rows, comparison, measure.format(), published);
    }

    private static List<ResultsReport.Figure> zip(
            List<Source> sources,
            List<FigureRow> rows,
            Comparison comparison,
            ResultsReport.Format format,
            boolean published) {
        if (sources.size() != rows.size()) {
            throw new IllegalStateException("The page has " + rows.size() + " rows, the report " + sources.size());
        }
        List<ResultsReport.Figure> figures = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            FigureRow row = rows.get(i);
            if (source.level() == ResultsReport.Level.MEMBER_CAPACITY) {
                figures.add(memberCapacityFigure(source, row, format));
                continue;
            }
            figures.add(figure(
                    source.level(),
                    source.figure(),
                    row.label(),
                    format,
                    source.absolute(),
                    comparison.line(source.figure()),
                    row.absolute(),
                    row.perUnit(),
                    row.reference(),
                    published,
                    unknownText(source, row)));
        }
        return figures;
    }

    /** The note of a subtotal without a total, or the word of a task or line that is not known. */
    private static String unknownText(Source source, FigureRow row) {
        if (row.note() != null) {
            return row.note();
        }
        return source.absolute() == null ? row.absolute() : "";
    }

    private static List<ResultsReport.Figure> indicators(
            ModuleCatalog module, Comparison comparison, List<IndicatorRow> rows, boolean published) {
        List<ResultsReport.Figure> figures = new ArrayList<>();
        List<DerivedIndicator> indicators = module.derivedIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            DerivedIndicator indicator = indicators.get(i);
            IndicatorRow row = rows.get(i);
            FigureId id = FigureId.derivedIndicator(indicator.code());
            figures.add(figure(
                    ResultsReport.Level.INDICATOR,
                    id,
                    row.name(),
                    ResultsReport.Format.valueOf(
                            ValueFormat.of(indicator.format()).name()),
                    null,
                    comparison.line(id),
                    "",
                    row.own(),
                    row.reference(),
                    published,
                    ""));
        }
        return figures;
    }

    private static ResultsReport.Figure figure(
            ResultsReport.Level level,
            FigureId id,
            String label,
            ResultsReport.Format format,
            BigDecimal absolute,
            ComparisonLine line,
            String absoluteText,
            String ownText,
            ReferenceCells cells,
            boolean published,
            String unknown) {
        boolean shown = published && line.hasReference();
        Optional<ComparisonLine> reference = shown ? Optional.of(line) : Optional.empty();
        return new ResultsReport.Figure(
                level,
                id.code(),
                label,
                format,
                absolute,
                line.own().orElse(null),
                reference.flatMap(ComparisonLine::referenceMean).orElse(null),
                reference.flatMap(ComparisonLine::deviation).orElse(null),
                reference.flatMap(ComparisonLine::deviationPercentage).orElse(null),
                line.referenceSize(),
                reference
                        .flatMap(ComparisonLine::referenceSpread)
                        .map(s -> new ResultsReport.Spread(s.firstQuartile(), s.median(), s.thirdQuartile()))
                        .orElse(null),
                new ResultsReport.Texts(
                        absoluteText,
                        ownText,
                        shown ? cells.value() : "",
                        shown ? cells.deviation() : "",
                        shown ? cells.deviationPercentage() : "",
                        cells.withheld(),
                        unknown));
    }

    /** The sub-line of capacity at member municipalities: own figures only, never a reference. */
    private static ResultsReport.Figure memberCapacityFigure(
            Source source, FigureRow row, ResultsReport.Format format) {
        return new ResultsReport.Figure(
                ResultsReport.Level.MEMBER_CAPACITY,
                source.code(),
                row.label(),
                format,
                source.absolute(),
                source.perUnit(),
                null,
                null,
                null,
                0,
                null,
                new ResultsReport.Texts(
                        row.absolute(),
                        row.perUnit(),
                        "",
                        "",
                        "",
                        row.reference().withheld(),
                        ""));
    }

    /**
     * @param figure null for the capacity at member municipalities, which has no comparison line
     * @param code the group's code for that sub-line; null otherwise
     * @param perUnit the own per-unit value of that sub-line; null otherwise
     */
    private record Source(
            ResultsReport.Level level, FigureId figure, BigDecimal absolute, String code, BigDecimal perUnit) {

        Source(ResultsReport.Level level, FigureId figure, BigDecimal absolute) {
            this(level, figure, absolute, null, null);
        }

        static Source memberCapacity(String groupCode, BigDecimal absolute, BigDecimal perUnit) {
            return new Source(ResultsReport.Level.MEMBER_CAPACITY, null, absolute, groupCode, perUnit);
        }
    }
}
