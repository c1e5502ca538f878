package nl.maatstaf.submission;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;

/**
 * Which tasks and groups of part A have a value marked "niet bekend" or "n.v.t." (spec §8): the
 * rules that compare a task's figures, or a total, with something else skip exactly those.
 */
final class UnknownParts {

    private final Set<String> tasks;
    private final Set<String> groups;
    private final boolean any;

    private UnknownParts(Set<String> tasks, Set<String> groups, boolean any) {
        this.tasks = tasks;
        this.groups = groups;
        this.any = any;
    }

    static UnknownParts of(ModuleCatalog catalog, Map<String, ValueMarker> markers) {
        Set<String> tasks = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (TaskGroup group : catalog.groups()) {
            if (markers.containsKey(FieldKeys.group(group.code()))) {
                groups.add(group.code());
                group.tasks().forEach(task -> tasks.add(task.code()));
                continue;
            }
            for (Task task : group.tasks()) {
                for (TaskField field : TaskField.values()) {
                    if (markers.containsKey(FieldKeys.task(task.code(), field))) {
                        tasks.add(task.code());
                    }
                }
            }
        }
        return new UnknownParts(Set.copyOf(tasks), Set.copyOf(groups), !markers.isEmpty());
    }

    boolean anyInTask(String taskCode) {
        return tasks.contains(taskCode);
    }

    boolean wholeGroup(String groupCode) {
        return groups.contains(groupCode);
    }

    /** Nothing of part A is marked: every total can be determined. */
    boolean none() {
        return !any;
    }

    /** The group a field of part A belongs to: its own, or its task's. */
    static Optional<String> groupOf(ModuleCatalog catalog, String fieldKey) {
        for (TaskGroup group : catalog.groups()) {
            if (fieldKey.equals(FieldKeys.group(group.code()))
                    || fieldKey.equals(FieldKeys.outsourcing(group.code()))) {
                return Optional.of(group.code());
            }
            for (Task task : group.tasks()) {
                if (fieldKey.startsWith("A." + task.code() + ".")) {
                    return Optional.of(group.code());
                }
            }
        }
        return Optional.empty();
    }
}
