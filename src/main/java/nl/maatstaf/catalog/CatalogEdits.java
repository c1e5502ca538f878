package nl.maatstaf.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The page's changes as new catalogue documents: each returns the whole catalogue with one item
 * changed, which {@link CatalogEditor} then checks, versions and audits like any other document.
 * Empty when the item does not exist.
 */
final class CatalogEdits {

    private CatalogEdits() {}

    static Optional<ModuleCatalog> addTask(ModuleCatalog catalog, String groupCode, Task task) {
        if (catalog.groups().stream().noneMatch(g -> g.code().equals(groupCode))) {
            return Optional.empty();
        }
        return Optional.of(withGroups(catalog, group -> {
            if (!group.code().equals(groupCode)) {
                return group;
            }
            List<Task> tasks = new ArrayList<>(group.tasks());
            tasks.add(task);
            return new TaskGroup(group.code(), group.name(), group.definition(), group.outsourcingDefinition(), tasks);
        }));
    }

    static Optional<ModuleCatalog> editTask(
            ModuleCatalog catalog,
            String code,
            LocalizedText name,
            LocalizedText definition,
            List<String> previousCodes) {
        if (catalog.task(code).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withTasks(
                catalog, task -> task.code().equals(code) ? new Task(code, name, definition, previousCodes) : task));
    }

    /** Retiring removes the task from this year's catalogue; earlier years keep theirs. */
    static Optional<ModuleCatalog> retireTask(ModuleCatalog catalog, String code) {
        if (catalog.task(code).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withGroups(
                catalog,
                group -> new TaskGroup(
                        group.code(),
                        group.name(),
                        group.definition(),
                        group.outsourcingDefinition(),
                        group.tasks().stream()
                                .filter(t -> !t.code().equals(code))
                                .toList())));
    }

    static Optional<ModuleCatalog> editIndicator(
            ModuleCatalog catalog,
            String code,
            LocalizedText name,
            LocalizedText definition,
            BigDecimal minimum,
            BigDecimal maximum) {
        if (item(catalog, code).isEmpty()) {
            return Optional.empty();
        }
        UnaryOperator<Indicator> edit = i -> i.code().equals(code)
                ? new Indicator(
                        i.code(),
                        name,
                        definition,
                        i.type(),
                        i.unit(),
                        i.unitSingular(),
                        i.required(),
                        minimum,
                        maximum)
                : i;
        return Optional.of(withIndicators(catalog, edit));
    }

    static Optional<ModuleCatalog> retireIndicator(ModuleCatalog catalog, String code) {
        if (item(catalog, code).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ModuleCatalog(
                catalog.year(),
                catalog.code(),
                catalog.slug(),
                catalog.name(),
                catalog.law(),
                catalog.introduction(),
                catalog.hoofdfactor(),
                catalog.secondVolume(),
                catalog.groups(),
                catalog.indicators().stream()
                        .filter(i -> !i.code().equals(code))
                        .toList(),
                catalog.finance().stream().filter(i -> !i.code().equals(code)).toList(),
                catalog.derivedIndicators(),
                catalog.readingGuide()));
    }

    /** A workload indicator or finance item by code. */
    static Optional<Indicator> item(ModuleCatalog catalog, String code) {
        return catalog.indicator(code)
                .or(() -> catalog.finance().stream()
                        .filter(i -> i.code().equals(code))
                        .findFirst());
    }

    private static ModuleCatalog withTasks(ModuleCatalog catalog, UnaryOperator<Task> edit) {
        return withGroups(
                catalog,
                group -> new TaskGroup(
                        group.code(),
                        group.name(),
                        group.definition(),
                        group.outsourcingDefinition(),
                        group.tasks().stream().map(edit).toList()));
    }

    private static ModuleCatalog withGroups(ModuleCatalog catalog, UnaryOperator<TaskGroup> edit) {
        return new ModuleCatalog(
                catalog.year(),
                catalog.code(),
                catalog.slug(),
                catalog.name(),
                catalog.law(),
                catalog.introduction(),
                catalog.hoofdfactor(),
                catalog.secondVolume(),
                catalog.groups().stream().map(edit).toList(),
                catalog.indicators(),
                catalog.finance(),
                catalog.derivedIndicators(),
                catalog.readingGuide());
    }

    private static ModuleCatalog withIndicators(ModuleCatalog catalog, UnaryOperator<Indicator> edit) {
        return new ModuleCatalog(
                catalog.year(),
                catalog.code(),
                catalog.slug(),
                catalog.name(),
                catalog.law(),
                catalog.introduction(),
                catalog.hoofdfactor(),
                catalog.secondVolume(),
                catalog.groups(),
                catalog.indicators().stream().map(edit).toList(),
                catalog.finance().stream().map(edit).toList(),
                catalog.derivedIndicators(),
                catalog.readingGuide());
    }
}
