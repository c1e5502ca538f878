package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A module definition prepared for calculation: quantity references parsed once, code sets for
 * input checks, and the list of comparable figures.
 */
record CompiledModule(
        ModuleDefinition definition,
        List<CompiledIndicator> indicators,
        Set<String> groupCodes,
        Set<String> taskCodes,
        List<FigureId> figureIds,
        ComplementarySuppression complementary) {

    static CompiledModule of(ModuleDefinition definition) {
        List<CompiledIndicator> indicators = definition.derivedIndicators().stream()
                .map(indicator -> new CompiledIndicator(
                        indicator.code(),
                        Quantity.parse(indicator.numerator()),
                        Quantity.parse(indicator.denominator()),
                        indicator.factor()))
                .toList();
        Set<String> groupCodes =
                definition.groups().stream().map(GroupDefinition::code).collect(Collectors.toSet());
        Set<String> taskCodes = definition.groups().stream()
                .flatMap(group -> group.taskCodes().stream())
                .collect(Collectors.toSet());
        return new CompiledModule(
                definition,
                indicators,
                groupCodes,
                taskCodes,
                FigureLayout.figureIds(definition),
                ComplementarySuppression.of(definition));
    }

    /** The organisation's comparable figures in {@link #figureIds} order; null where undefined. */
    BigDecimal[] comparableValues(OrganisationFigures figures) {
        return FigureLayout.values(figures, figureIds.size());
    }

    record CompiledIndicator(String code, Quantity numerator, Quantity denominator, BigDecimal factor) {}
}
