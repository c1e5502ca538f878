package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.DerivedIndicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.Quantity;

/** The Overzicht tab: headline figures and cost per unit split into the task groups. */
final class OverviewSection {

    private final ModuleCatalog module;
    private final Comparison comparison;
    private final ModuleUnits units;
    private final Texts texts;

    OverviewSection(ModuleCatalog module, Comparison comparison, ModuleUnits units, Texts texts) {
        this.module = module;
        this.comparison = comparison;
        this.units = units;
        this.texts = texts;
    }

    /**
     * Total cost per unit, fte per 100 units and hoofdfactor per 1.000 inwoners, reusing the rows
     * of the tables so a headline and its table row can never disagree.
     */
    List<Headline> headlines(List<FigureRow> costRows, List<FigureRow> fteRows, List<IndicatorRow> indicators) {
        List<Headline> headlines = new ArrayList<>();
        headlines.add(headline(texts.get("results.headline.costPerUnit", units.singular()), last(costRows)));
        headlines.add(headline(texts.get("results.headline.ftePer100", units.plural()), last(fteRows)));
        hoofdfactorPerInhabitants()
                .flatMap(code ->
                        indicators.stream().filter(i -> i.code().equals(code)).findFirst())
                .ifPresent(
                        row -> headlines.add(new Headline(row.name(), row.own(), row.reference(), row.explanation())));
        return headlines;
    }

    StackedChart chart() {
        boolean withReference = comparison.line(FigureId.totalCostPerUnit()).hasReference();
        List<String> bars = new ArrayList<>();
        bars.add(texts.get("results.chart.own"));
        if (withReference) {
            bars.add(texts.get("results.chart.reference", comparison.referenceGroupSize()));
        }
        List<StackedChart.Segment> segments = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            ComparisonLine line = comparison.line(FigureId.groupCostPerUnit(group.code()));
            List<BigDecimal> values = new ArrayList<>();
            // A group an unknown input leaves undetermined has no segment of its own.
            values.add(line.own().orElse(null));
            if (withReference) {
                values.add(line.referenceMean().orElse(null));
            }
            segments.add(new StackedChart.Segment(texts.of(group.name()), values));
        }
        return new StackedChart(texts.get("results.chart.costPerUnitAxis", units.singular()), bars, segments);
    }

    // The catalogue defines "hoofdfactor per 1.000 inwoners" as a derived indicator; find it by meaning.
    private Optional<String> hoofdfactorPerInhabitants() {
        for (DerivedIndicator indicator : module.derivedIndicators()) {
            if (Quantity.parse(indicator.numerator()) instanceof Quantity.Hoofdfactor
                    && Quantity.parse(indicator.denominator()) instanceof Quantity.Inhabitants) {
                return Optional.of(indicator.code());
            }
        }
        return Optional.empty();
    }

    private static Headline headline(String label, FigureRow row) {
        return new Headline(label, row.perUnit(), row.reference(), row.explanation());
    }

    private static FigureRow last(List<FigureRow> rows) {
        return rows.get(rows.size() - 1);
    }
}
