package nl.maatstaf.catalog;

import java.util.List;

public record TaskGroup(
        String code,
        LocalizedText name,
        LocalizedText definition,
        LocalizedText outsourcingDefinition,
        List<Task> tasks) {

    public TaskGroup {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
