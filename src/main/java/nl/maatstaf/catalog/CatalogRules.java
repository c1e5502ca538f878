package nl.maatstaf.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a catalogue document must pass before it may replace a module's catalogue: codes
 * that are well formed and unique, groups with tasks, a hoofdfactor that exists, derived
 * indicators that refer to existing figures, and bounds in order. Pure, so the page and the API
 * refuse exactly the same documents.
 */
final class CatalogRules {

    /** Codes end up in field keys (A.CODE.LOONKOSTEN, at most 120 characters) and in URLs. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    private static final Set<String> FIXED_REFERENCES = Set.of(
            "inhabitants",
            "hoofdfactor",
            "fte:total",
            "cost:total",
            "loonkosten:total",
            "inhuur:total",
            "fteGross:total",
            "outsourcing:total");

    private CatalogRules() {}

    /**
     * @param current the catalogue in force, whose year, code and slug the proposal must keep
     * @param previous the module's catalogue of the nearest earlier peiljaar, if any: the codes a
     *     task's previousCodes may name
     * @return messages by field (as in {@link CatalogChange#field()}); empty when acceptable
     */
    static Map<String, CatalogMessage> check(
            ModuleCatalog proposed, ModuleCatalog current, Optional<ModuleCatalog> previous) {
        Map<String, CatalogMessage> errors = new LinkedHashMap<>();
        if (proposed.year() != current.year()) {
            errors.put("year", CatalogMessage.of("catalog.rule.year", String.valueOf(current.year())));
        }
        if (!current.code().equals(proposed.code())) {
            errors.put("code", CatalogMessage.of("catalog.rule.moduleCode", current.code()));
        }
        if (!current.slug().equals(proposed.slug())) {
            errors.put("slug", CatalogMessage.of("catalog.rule.slug", current.slug()));
        }
        requireName("name", proposed.name(), errors);
        Set<String> taskCodes = new HashSet<>();
        Set<String> groupCodes = new HashSet<>();
        if (proposed.groups().isEmpty()) {
            errors.put("groups", CatalogMessage.of("catalog.rule.noGroups"));
        }
        Set<String> previousTasks = previous.map(
                        p -> p.tasks().map(Task::code).collect(java.util.stream.Collectors.toSet()))
                .orElse(Set.of());
        for (int g = 0; g < proposed.groups().size(); g++) {
            TaskGroup group = proposed.groups().get(g);
            String groupField = "groups[" + label(group.code(), g) + "]";
            code(groupField + ".code", group.code(), groupCodes, errors);
            requireName(groupField + ".name", group.name(), errors);
            if (group.tasks().isEmpty()) {
                errors.put(groupField + ".tasks", CatalogMessage.of("catalog.rule.emptyGroup", label(group.code(), g)));
            }
            for (int t = 0; t < group.tasks().size(); t++) {
                Task task = group.tasks().get(t);
                String taskField = groupField + ".tasks[" + label(task.code(), t) + "]";
                code(taskField + ".code", task.code(), taskCodes, errors);
                requireName(taskField + ".name", task.name(), errors);
                for (String earlier : task.previousCodes()) {
                    if (previous.isEmpty()) {
                        errors.put(taskField + ".previousCodes", CatalogMessage.of("catalog.rule.noPreviousYear"));
                    } else if (!previousTasks.contains(earlier)) {
                        errors.put(
                                taskField + ".previousCodes",
                                CatalogMessage.of(
                                        "catalog.rule.unknownPreviousCode",
                                        shorten(earlier),
                                        String.valueOf(previous.get().year())));
                    }
                }
            }
        }
        Set<String> indicatorCodes = new HashSet<>();
        Set<String> financeCodes = new HashSet<>();
        indicators("indicators", proposed.indicators(), indicatorCodes, errors);
        indicators("finance", proposed.finance(), financeCodes, errors);
        for (String code : financeCodes) {
            if (indicatorCodes.contains(code)) {
                errors.put("finance[" + code + "].code", CatalogMessage.of("catalog.rule.duplicateCode", code));
            }
        }
        if (proposed.hoofdfactor() == null || !indicatorCodes.contains(proposed.hoofdfactor())) {
            errors.put(
                    "hoofdfactor",
                    CatalogMessage.of(
                            "catalog.rule.unknownHoofdfactor", shorten(String.valueOf(proposed.hoofdfactor()))));
        }
        if (proposed.secondVolume() != null && !indicatorCodes.contains(proposed.secondVolume())) {
            errors.put(
                    "secondVolume",
                    CatalogMessage.of("catalog.rule.unknownSecondVolume", shorten(proposed.secondVolume())));
        }
        Set<String> derivedCodes = new HashSet<>();
        for (int d = 0; d < proposed.derivedIndicators().size(); d++) {
            DerivedIndicator derived = proposed.derivedIndicators().get(d);
            String field = "derivedIndicators[" + label(derived.code(), d) + "]";
            code(field + ".code", derived.code(), derivedCodes, errors);
            requireName(field + ".name", derived.name(), errors);
            reference(
                    field + ".numerator",
                    derived.numerator(),
                    proposed,
                    indicatorCodes,
                    financeCodes,
                    taskCodes,
                    groupCodes,
                    errors);
            reference(
                    field + ".denominator",
                    derived.denominator(),
                    proposed,
                    indicatorCodes,
                    financeCodes,
                    taskCodes,
                    groupCodes,
                    errors);
            if (derived.factor() == null || derived.factor().signum() <= 0) {
                errors.put(field + ".factor", CatalogMessage.of("catalog.rule.factor"));
            }
            if (derived.format() == null) {
                errors.put(field + ".format", CatalogMessage.of("catalog.rule.format"));
            }
        }
        return errors;
    }

    private static void indicators(
            String list, List<Indicator> indicators, Set<String> codes, Map<String, CatalogMessage> errors) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String field = list + "[" + label(indicator.code(), i) + "]";
            code(field + ".code", indicator.code(), codes, errors);
            requireName(field + ".name", indicator.name(), errors);
            if (indicator.type() == null) {
                errors.put(field + ".type", CatalogMessage.of("catalog.rule.type"));
            }
            if (indicator.minimum() != null
                    && indicator.maximum() != null
                    && indicator.minimum().compareTo(indicator.maximum()) > 0) {
                errors.put(field + ".minimum", CatalogMessage.of("catalog.rule.bounds"));
            }
            if (indicator.minimum() != null && indicator.minimum().signum() < 0) {
                errors.put(field + ".minimum", CatalogMessage.of("catalog.rule.negativeBound"));
            }
        }
    }

    private static void reference(
            String field,
            String reference,
            ModuleCatalog proposed,
            Set<String> indicators,
            Set<String> finance,
            Set<String> tasks,
            Set<String> groups,
            Map<String, CatalogMessage> errors) {
        if (reference != null && FIXED_REFERENCES.contains(reference)) {
            return;
        }
        boolean known = reference != null
                && (known(reference, "indicator:", indicators)
                        || known(reference, "finance:", finance)
                        || known(reference, "fte:task:", tasks)
                        || known(reference, "cost:task:", tasks)
                        || known(reference, "fte:group:", groups)
                        || known(reference, "cost:group:", groups));
        if (!known) {
            errors.put(field, CatalogMessage.of("catalog.rule.unknownReference", shorten(String.valueOf(reference))));
        }
    }

    private static boolean known(String reference, String prefix, Set<String> codes) {
        return reference.startsWith(prefix) && codes.contains(reference.substring(prefix.length()));
    }

    private static void code(String field, String code, Set<String> seen, Map<String, CatalogMessage> errors) {
        if (code == null || !CODE.matcher(code).matches()) {
            errors.put(field, CatalogMessage.of("catalog.rule.code", shorten(String.valueOf(code))));
        } else if (!seen.add(code)) {
            errors.put(field, CatalogMessage.of("catalog.rule.duplicateCode", code));
        }
    }

    private static void requireName(String field, LocalizedText name, Map<String, CatalogMessage> errors) {
        if (name == null || name.nl() == null || name.nl().isBlank()) {
            errors.put(field + ".nl", CatalogMessage.of("catalog.rule.nameMissing"));
        }
    }

    private static String label(String code, int index) {
        return code == null || code.isBlank() || code.length() > 60 ? String.valueOf(index) : code;
    }

    /** What the client sent, short enough to repeat in a message. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
