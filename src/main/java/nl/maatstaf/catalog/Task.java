package nl.maatstaf.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A task of a task group.
 *
 * @param previousCodes the task codes of the previous peiljaar this task continues when it was
 *     renamed or merged; empty when the code itself existed then (or the task is new). The trend
 *     follows it, so figures stay comparable over the years.
 */
public record Task(String code, LocalizedText name, LocalizedText definition, List<String> previousCodes) {

    @JsonCreator
    public Task {
        previousCodes = previousCodes == null ? List.of() : List.copyOf(previousCodes);
    }

    public Task(String code, LocalizedText name, LocalizedText definition) {
        this(code, name, definition, List.of());
    }
}
