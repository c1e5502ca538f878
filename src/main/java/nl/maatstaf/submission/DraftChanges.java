package nl.maatstaf.submission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one save asks to change. Only the keys present are touched, so saving one tab never
 * clears another. A blank text means "empty the field".
 *
 * @param expectedLock the lock version the user's form or API call was based on
 * @param values questionnaire field key → text as typed (already filtered against the catalogue)
 * @param explanations warning key → explanation
 * @param closing contact and remarks, or null to leave them as they are
 */
record DraftChanges(int expectedLock, Map<String, String> values, Map<String, String> explanations, Closing closing) {

    DraftChanges {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
    }

    /**
     * Whether saving would change nothing that is stored: every field as typed is what the draft
     * holds already (a blank text counting as empty). Moving to another tab then needs no save,
     * so merely looking around neither starts a questionnaire nor moves its lock version on.
     */
    boolean changeNothingIn(Draft draft) {
        Map<String, String> stored = draft.raw();
        boolean same = values.entrySet().stream()
                        .allMatch(e -> Objects.equals(stored.get(e.getKey()), blankToNull(e.getValue())))
                && explanations.entrySet().stream()
                        .allMatch(e -> Objects.equals(draft.explanations().get(e.getKey()), blankToNull(e.getValue())));
        return same
                && (closing == null
                        || (Objects.equals(draft.contactName(), blankToNull(closing.contactName()))
                                && Objects.equals(draft.contactEmail(), blankToNull(closing.contactEmail()))
                                && Objects.equals(draft.remarks(), blankToNull(closing.remarks()))));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The afsluiting fields. */
    record Closing(String contactName, String contactEmail, String remarks) {}
}
