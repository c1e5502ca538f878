package nl.maatstaf.submission;

import java.util.List;
import java.util.Map;

/**
 * What one request adds to the stored draft when the page is shown again: the user's typed
 * values (kept after a refused save), and the messages about what happened.
 *
 * @param typedValues shown instead of the stored values
 * @param typedClosing shown instead of the stored afsluiting fields, or null
 * @param conflictKeys fields where the stored value differs from what the user typed, or null
 * @param notice message key of a success message, or null
 * @param alert message key of an error message about the whole form, or null
 * @param readiness the outcome of a refused submission, or null
 * @param tooLong field → maximum length it exceeded
 * @param invalid field → message key of why its text was refused
 * @param typedChanges the refused changes, whose basis and correction lines are shown as typed; or null
 */
record PageState(
        Map<String, String> typedValues,
        Map<String, String> typedExplanations,
        DraftChanges.Closing typedClosing,
        List<String> conflictKeys,
        String notice,
        String alert,
        Readiness readiness,
        Map<String, Integer> tooLong,
        Map<String, String> invalid,
        DraftChanges typedChanges) {

    static PageState plain() {
        return new PageState(Map.of(), Map.of(), null, null, null, null, null, Map.of(), Map.of(), null);
    }

    static PageState notice(String key) {
        return new PageState(Map.of(), Map.of(), null, null, key, null, null, Map.of(), Map.of(), null);
    }

    static PageState typed(DraftChanges changes, String alert, Map<String, Integer> tooLong) {
        return new PageState(
                changes.values(),
                changes.explanations(),
                changes.closing(),
                null,
                null,
                alert,
                null,
                tooLong,
                Map.of(),
                changes);
    }

    static PageState invalid(DraftChanges changes, Map<String, String> invalid) {
        return new PageState(
                changes.values(),
                changes.explanations(),
                changes.closing(),
                null,
                null,
                "submission.save.invalidInput",
                null,
                Map.of(),
                invalid,
                changes);
    }

    static PageState conflict(DraftChanges changes, List<String> conflictKeys) {
        return new PageState(
                changes.values(),
                changes.explanations(),
                changes.closing(),
                conflictKeys,
                null,
                "submission.save.conflict",
                null,
                Map.of(),
                Map.of(),
                changes);
    }

    static PageState notReady(Readiness readiness) {
        return new PageState(
                Map.of(),
                Map.of(),
                null,
                null,
                null,
                "submission.submit.notReady",
                readiness,
                Map.of(),
                Map.of(),
                null);
    }
}
