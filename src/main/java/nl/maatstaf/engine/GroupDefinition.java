package nl.maatstaf.engine;

import java.util.List;
import java.util.Objects;

/** A task group (UITVOERING, BELEID, REGIE, OVERHEAD) and its tasks in display order. */
public record GroupDefinition(String code, List<String> taskCodes) {

    public GroupDefinition {
        Objects.requireNonNull(code, "code");
        taskCodes = List.copyOf(Objects.requireNonNull(taskCodes, "taskCodes"));
    }
}
