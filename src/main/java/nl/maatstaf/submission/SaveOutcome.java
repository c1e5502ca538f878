package nl.maatstaf.submission;

import java.util.List;

/** How a save ended. Only {@link Saved} changed anything. */
sealed interface SaveOutcome {

    Draft draft();

    record Saved(Draft draft, int changedFields) implements SaveOutcome {}

    /**
     * Someone saved in between; nothing was written.
     *
     * @param differingKeys the submitted keys whose stored value differs from what this user typed
     */
    record Conflict(Draft draft, List<String> differingKeys) implements SaveOutcome {}

    /** The draft is submitted or approved and cannot be changed now. */
    record NotEditable(Draft draft) implements SaveOutcome {}
}
