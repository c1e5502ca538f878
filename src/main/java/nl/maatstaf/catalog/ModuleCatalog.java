package nl.maatstaf.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.maatstaf.engine.DerivedIndicatorDefinition;
import nl.maatstaf.engine.GroupDefinition;
import nl.maatstaf.engine.ModuleDefinition;

/** The catalogue of one module in one peiljaar: tasks, groups, indicators and definitions. */
public record ModuleCatalog(
        int year,
        String code,
        String slug,
        LocalizedText name,
        LocalizedText law,
        LocalizedText introduction,
        String hoofdfactor,
        String secondVolume,
        List<TaskGroup> groups,
        List<Indicator> indicators,
        List<Indicator> finance,
        List<DerivedIndicator> derivedIndicators,
        LocalizedText readingGuide) {

    public ModuleCatalog {
        // A document without a list is read as an empty one, so that checking it can say what is
        // missing instead of failing to read it.
        groups = groups == null ? List.of() : List.copyOf(groups);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        finance = finance == null ? List.of() : List.copyOf(finance);
        derivedIndicators = derivedIndicators == null ? List.of() : List.copyOf(derivedIndicators);
    }

    public Indicator hoofdfactorIndicator() {
        return indicator(hoofdfactor).orElseThrow();
    }

    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators.stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    public Optional<Task> task(String taskCode) {
        return tasks().filter(t -> t.code().equals(taskCode)).findFirst();
    }

    public Stream<Task> tasks() {
        return groups.stream().flatMap(g -> g.tasks().stream());
    }

    public boolean hasFinance() {
        return !finance.isEmpty();
    }

    /** The same catalogue in the shape the calculation engine needs. */
    public ModuleDefinition engineDefinition() {
        return new ModuleDefinition(
                code,
                hoofdfactor,
                groups.stream()
                        .map(g -> new GroupDefinition(
                                g.code(), g.tasks().stream().map(Task::code).toList()))
                        .toList(),
                derivedIndicators.stream()
                        .map(d -> new DerivedIndicatorDefinition(d.code(), d.numerator(), d.denominator(), d.factor()))
                        .toList());
    }
}
