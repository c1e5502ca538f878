package nl.maatstaf.submission;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The longest texts the database keeps. A longer text is refused with a message instead of being
 * cut off, because a silently shortened explanation is lost information.
 */
final class InputLimits {

    static final int RAW_VALUE = 200;
    static final int CONTACT_NAME = 150;
    static final int CONTACT_EMAIL = 200;
    static final int LONG_TEXT = 4000;

    static final String CONTACT_NAME_FIELD = "contactName";
    static final String CONTACT_EMAIL_FIELD = "contactEmail";
    static final String REMARKS_FIELD = "remarks";
    static final String EXPLANATION_PREFIX = "uitleg:";

    private InputLimits() {}

    /** Field (or {@code uitleg:<warning key>}) → the maximum length it exceeds. */
    static Map<String, Integer> exceeded(DraftChanges changes) {
        Map<String, Integer> problems = new LinkedHashMap<>();
        changes.values().forEach((key, text) -> check(problems, key, text, RAW_VALUE));
        changes.explanations().forEach((key, text) -> check(problems, EXPLANATION_PREFIX + key, text, LONG_TEXT));
        if (changes.closing() != null) {
            check(problems, CONTACT_NAME_FIELD, changes.closing().contactName(), CONTACT_NAME);
            check(problems, CONTACT_EMAIL_FIELD, changes.closing().contactEmail(), CONTACT_EMAIL);
            check(problems, REMARKS_FIELD, changes.closing().remarks(), LONG_TEXT);
        }
        if (changes.basis() != null) {
            check(problems, DetailsValidator.PEILDATUM_FIELD, changes.basis().peildatum(), RAW_VALUE);
        }
        if (changes.corrections() != null) {
            Map<String, Integer> lineNumbers = new LinkedHashMap<>();
            for (DraftDetails.Line line : changes.corrections()) {
                int no = lineNumbers.merge(line.taskCode(), 1, Integer::sum);
                check(
                        problems,
                        DetailsValidator.correctionField(line.taskCode(), no, "bedrag"),
                        line.amount(),
                        RAW_VALUE);
                check(
                        problems,
                        DetailsValidator.correctionField(line.taskCode(), no, "reden"),
                        line.reason(),
                        LONG_TEXT);
            }
        }
        return problems;
    }

    private static void check(Map<String, Integer> problems, String key, String text, int maximum) {
        if (text != null && text.length() > maximum) {
            problems.put(key, maximum);
        }
    }
}
