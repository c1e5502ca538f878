package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.DerivedIndicator;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.DerivedIndicatorValue;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.OrganisationInput;

/** The Werklastindicatoren tab: derived indicators with their spread, and the raw part B and C. */
final class IndicatorSection {

    private final ModuleCatalog module;
    private final Comparison comparison;
    private final Texts texts;
    private final ReferenceTexts references;
    private final QuantityLabels quantities;
    private final ChartJson json;

    IndicatorSection(
            ModuleCatalog module, Comparison comparison, Texts texts, ReferenceTexts references, ChartJson json) {
        this.module = module;
        this.comparison = comparison;
        this.texts = texts;
        this.references = references;
        this.quantities = new QuantityLabels(module, texts);
        this.json = json;
    }

    List<IndicatorRow> derived() {
        List<IndicatorRow> rows = new ArrayList<>();
        for (DerivedIndicator indicator : module.derivedIndicators()) {
            rows.add(row(indicator));
        }
        return rows;
    }

    /** Part B, then part C, in catalogue order; what was not supplied says so. */
    List<RawIndicator> raw(OrganisationInput input) {
        List<RawIndicator> raw = new ArrayList<>();
        for (Indicator indicator : module.indicators()) {
            raw.add(rawIndicator(indicator, input.indicators().get(indicator.code())));
        }
        for (Indicator item : module.finance()) {
            raw.add(rawIndicator(item, input.finance().get(item.code())));
        }
        return raw;
    }

    IndicatorRow row(DerivedIndicator indicator) {
        ValueFormat format = ValueFormat.of(indicator.format());
        ComparisonLine line = comparison.line(FigureId.derivedIndicator(indicator.code()));
        DerivedIndicatorValue value = comparison.own().derivedIndicator(indicator.code());
        String name = texts.of(indicator.name());
        SpreadChart chart = FigureSpreads.chart(name, format, line, texts).orElse(null);
        return new IndicatorRow(
                indicator.code(),
                name,
                texts.of(indicator.definition()),
                line.own().map(format::value).orElse(texts.get("results.notComputed")),
                references.cells(line, format),
                new Explanation(steps(indicator, value, format), references.explanation(line, format, name)),
                chart,
                json.write(chart));
    }

    private List<String> steps(DerivedIndicator indicator, DerivedIndicatorValue value, ValueFormat format) {
        List<String> steps = new ArrayList<>();
        steps.add(operand("results.explain.numerator", indicator.numerator(), value.numerator()));
        steps.add(operand("results.explain.denominator", indicator.denominator(), value.denominator()));
        if (value.value().isPresent()) {
            steps.add(texts.get(
                    "results.explain.derived",
                    quantities.value(indicator.numerator(), value.numerator().orElseThrow()),
                    quantities.value(
                            indicator.denominator(), value.denominator().orElseThrow()),
                    ValueFormat.number(indicator.factor()),
                    format.value(value.value().get())));
        } else if (value.denominator().filter(d -> d.signum() == 0).isPresent()) {
            steps.add(texts.get("results.explain.derivedZeroDenominator"));
        } else {
            steps.add(texts.get("results.explain.derivedMissingInput"));
        }
        return steps;
    }

    private String operand(String key, String reference, Optional<BigDecimal> value) {
        return texts.get(
                key,
                quantities.label(reference),
                value.map(v -> quantities.value(reference, v)).orElse(texts.get("results.notSupplied")));
    }

    private RawIndicator rawIndicator(Indicator indicator, BigDecimal value) {
        return new RawIndicator(
                indicator.code(),
                texts.of(indicator.name()),
                rawValue(indicator, value),
                texts.of(indicator.definition()));
    }

    private String rawValue(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return texts.get("results.notSupplied");
        }
        return switch (indicator.type()) {
            case AMOUNT -> DutchFormat.euro(value);
            case PERCENTAGE -> DutchFormat.percent(value);
            case YESNO -> texts.get(value.signum() != 0 ? "results.yes" : "results.no");
            case FTE -> DutchFormat.decimal(value, 2);
            case COUNT, NUMBER, YEARS -> ValueFormat.number(value);
        };
    }
}
