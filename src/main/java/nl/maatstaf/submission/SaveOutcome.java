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

    /**
     * The draft is submitted or approved and cannot be changed now, or its peiljaar is closed.
     *
     * @param yearClosed whether the reason is the closed peiljaar
     */
    record NotEditable(Draft draft, boolean yearClosed) implements SaveOutcome {

        NotEditable(Draft draft) {
            this(draft, false);
        }

        /** The message key for this refusal: the given one, or the closed year's of the catalog bundle. */
        String messageKey(String notEditableKey, String channel) {
            return yearClosed ? "catalog.yearClosed." + channel : notEditableKey;
        }
    }
}
