package nl.maatstaf.submission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The afsluiting fields. */
    record Closing(String contactName, String contactEmail, String remarks) {}
}
