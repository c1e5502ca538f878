package nl.maatstaf.engine;

import java.util.Objects;

/**
 * One part that keeps a figure from being determined, named so a page can say "totaal niet te
 * bepalen: … niet bekend".
 *
 * @param code the task code or group code of the part
 */
public record Gap(Level level, String code, Unknown reason) {

    public enum Level {
        /** A task with an unknown component. */
        TASK,
        /** A group's outsourcing line. */
        OUTSOURCING,
        /** A whole group marked unknown. */
        GROUP
    }

    public Gap {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
