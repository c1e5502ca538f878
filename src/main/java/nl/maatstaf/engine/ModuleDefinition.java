package nl.maatstaf.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The calculation-relevant part of a module's catalogue for one peiljaar: the hoofdfactor, the
 * task groups with their tasks, and the derived indicators.
 */
public record ModuleDefinition(
        String moduleCode,
        String hoofdfactorIndicator,
        List<GroupDefinition> groups,
        List<DerivedIndicatorDefinition> derivedIndicators) {

    public ModuleDefinition {
        Objects.requireNonNull(moduleCode, "moduleCode");
        Objects.requireNonNull(hoofdfactorIndicator, "hoofdfactorIndicator");
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        derivedIndicators = List.copyOf(Objects.requireNonNull(derivedIndicators, "derivedIndicators"));
        Set<String> groupCodes = uniqueGroupCodes(moduleCode, groups);
        Set<String> taskCodes = uniqueTaskCodes(moduleCode, groups);
        checkDerivedIndicators(moduleCode, derivedIndicators, groupCodes, taskCodes);
    }

    private static Set<String> uniqueGroupCodes(String moduleCode, List<GroupDefinition> groups) {
        Set<String> codes = new HashSet<>();
        for (GroupDefinition group : groups) {
            if (!codes.add(group.code())) {
                throw new IllegalArgumentException(
                        "Module '" + moduleCode + "' has group '" + group.code() + "' twice");
            }
        }
        return codes;
    }

    // A task in two groups would be counted twice in the total.
    private static Set<String> uniqueTaskCodes(String moduleCode, List<GroupDefinition> groups) {
        Set<String> codes = new HashSet<>();
        for (GroupDefinition group : groups) {
            for (String taskCode : group.taskCodes()) {
                if (!codes.add(taskCode)) {
                    throw new IllegalArgumentException("Module '" + moduleCode + "' has task '" + taskCode + "' twice");
                }
            }
        }
        return codes;
    }

    private static void checkDerivedIndicators(
            String moduleCode,
            List<DerivedIndicatorDefinition> indicators,
            Set<String> groupCodes,
            Set<String> taskCodes) {
        Set<String> codes = new HashSet<>();
        for (DerivedIndicatorDefinition indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw new IllegalArgumentException(
                        "Module '" + moduleCode + "' has derived indicator '" + indicator.code() + "' twice");
            }
            for (String reference : List.of(indicator.numerator(), indicator.denominator())) {
                Quantity quantity = Quantity.parse(reference);
                quantity.referencedGroup()
                        .filter(group -> !groupCodes.contains(group))
                        .ifPresent(group -> unknown(moduleCode, indicator, reference, "group"));
                quantity.referencedTask()
                        .filter(task -> !taskCodes.contains(task))
                        .ifPresent(task -> unknown(moduleCode, indicator, reference, "task"));
            }
        }
    }

    private static void unknown(
            String moduleCode, DerivedIndicatorDefinition indicator, String reference, String what) {
        throw new IllegalArgumentException("Derived indicator '" + indicator.code() + "' of module '" + moduleCode
                + "' refers to an unknown " + what + " in '" + reference + "'");
    }
}
