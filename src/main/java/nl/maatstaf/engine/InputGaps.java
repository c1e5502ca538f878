package nl.maatstaf.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of part A an organisation marked as unknown instead of giving a number: a task's
 * component, a group's outsourcing line, or a whole group. An unknown input counts as nothing in
 * the subtotals and keeps every figure built on it undetermined.
 *
 * @param tasks by task code, the components that are unknown
 * @param outsourcing by group code
 * @param groups by group code: the whole group, its tasks and outsourcing included
 */
public record InputGaps(
        Map<String, Map<TaskComponent, Unknown>> tasks, Map<String, Unknown> outsourcing, Map<String, Unknown> groups) {

    public static final InputGaps NONE = new InputGaps(Map.of(), Map.of(), Map.of());

    public InputGaps {
        Map<String, Map<TaskComponent, Unknown>> taskCopy = new LinkedHashMap<>();
        (tasks == null ? Map.<String, Map<TaskComponent, Unknown>>of() : tasks).forEach((code, components) -> {
            if (components != null && !components.isEmpty()) {
                taskCopy.put(code, Collections.unmodifiableMap(new EnumMap<>(components)));
            }
        });
        tasks = Collections.unmodifiableMap(taskCopy);
        outsourcing = outsourcing == null ? Map.of() : Map.copyOf(outsourcing);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    public Optional<Unknown> task(String taskCode, TaskComponent component) {
        return Optional.ofNullable(tasks.getOrDefault(taskCode, Map.of()).get(component));
    }

    public Optional<Unknown> outsourcing(String groupCode) {
        return Optional.ofNullable(outsourcing.get(groupCode));
    }

    public Optional<Unknown> group(String groupCode) {
        return Optional.ofNullable(groups.get(groupCode));
    }

    public boolean isEmpty() {
        return tasks.isEmpty() && outsourcing.isEmpty() && groups.isEmpty();
    }
}
