package nl.maatstaf.submission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param basis basis and peildatum as typed, or null to leave them as they are
 * @param corrections all correction lines as typed, replacing the stored ones; null leaves them
 */
record DraftChanges(
        int expectedLock,
        Map<String, String> values,
        Map<String, String> explanations,
        Closing closing,
        BasisChoice basis,
        List<DraftDetails.Line> corrections) {

    DraftChanges(int expectedLock, Map<String, String> values, Map<String, String> explanations, Closing closing) {
        this(expectedLock, values, explanations, closing, null, null);
    }

    DraftChanges {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
        corrections = corrections == null
                ? null
                : corrections.stream().filter(l -> !l.blank()).toList();
    }

    /** The draft's details after this save: what changes replaced, the rest as stored. */
    DraftDetails detailsAfter(DraftDetails stored) {
        return new DraftDetails(
                basis == null ? stored.basis() : basis.basis(),
                basis == null ? stored.peildatum() : basis.peildatum(),
                corrections == null ? stored.corrections() : corrections);
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
        DraftDetails details = draft.details();
        DraftDetails after = detailsAfter(details);
        same = same
                && Objects.equals(details.basis(), after.basis())
                && Objects.equals(details.peildatum(), after.peildatum())
                && details.corrections().equals(after.corrections());
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

    /** The basis fields of the afsluiting, as typed. */
    record BasisChoice(String basis, String peildatum) {}
}
