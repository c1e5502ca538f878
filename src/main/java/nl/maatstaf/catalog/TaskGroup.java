package nl.maatstaf.catalog;

import java.util.List;

public record TaskGroup(
        String code,
        LocalizedText name,
        LocalizedText definition,
        LocalizedText outsourcingDefinition,
        List<Task> tasks) {

    public TaskGroup {
        tasks = List.copyOf(tasks);
    }
}
