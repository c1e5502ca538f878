package nl.maatstaf.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.Gap;
import nl.maatstaf.engine.Unknown;

/**
 * How a figure that an unknown input leaves undetermined is shown (spec §8): the word for a task
 * or line that is itself unknown, and for a group or total the sentence naming what is missing,
 * "totaal niet te bepalen: … niet bekend".
 */
final class GapTexts {

    private final ModuleCatalog module;
    private final Texts texts;

    GapTexts(ModuleCatalog module, Texts texts) {
        this.module = module;
        this.texts = texts;
    }

    /** "niet bekend" or "n.v.t.". */
    String word(Unknown reason) {
        return texts.get("results.unknown." + reason.name());
    }

    /** The word for a task's or line's own figure: the reason of its first gap. */
    String word(List<Gap> gaps) {
        return word(gaps.get(0).reason());
    }

    /** "subtotaal € 1.234.000" or "subtotaal 12,50". */
    String subtotal(String amount) {
        return texts.get("results.unknown.subtotal", amount);
    }

    String undetermined() {
        return texts.get("results.unknown.undetermined");
    }

    /** "Totaal niet te bepalen: Bbz niet bekend, kosten taken belegd bij derden (Regie) n.v.t." */
    String note(List<Gap> gaps) {
        List<String> parts = new ArrayList<>(gaps.size());
        for (Gap gap : gaps) {
            parts.add(texts.get("results.unknown.part", name(gap), word(gap.reason())));
        }
        return texts.get("results.unknown.note", String.join(", ", parts));
    }

    private String name(Gap gap) {
        return switch (gap.level()) {
            case TASK -> task(gap.code()).map(t -> texts.of(t.name())).orElse(gap.code());
            case GROUP -> texts.get("results.unknown.group", groupName(gap.code()));
            case OUTSOURCING -> texts.get("results.unknown.outsourcing", groupName(gap.code()));
        };
    }

    private String groupName(String code) {
        return module.groups().stream()
                .filter(g -> g.code().equals(code))
                .findFirst()
                .map(g -> texts.of(g.name()))
                .orElse(code);
    }

    private Optional<Task> task(String code) {
        for (TaskGroup group : module.groups()) {
            for (Task task : group.tasks()) {
                if (task.code().equals(code)) {
                    return Optional.of(task);
                }
            }
        }
        return Optional.empty();
    }
}
