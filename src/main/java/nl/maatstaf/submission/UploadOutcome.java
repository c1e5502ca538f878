package nl.maatstaf.submission;

import java.util.List;

/**
 * How an uploaded workbook was handled. Only an accepted upload changed the draft.
 *
 * @param alert message key of what went wrong as a whole, or null when accepted
 * @param problems what is wrong, by sheet and cell
 * @param changedFields how many fields the upload changed
 * @param fileError message key when the file itself (its name, its size) was refused before
 *     reading, nothing kept; null otherwise
 */
record UploadOutcome(Draft draft, String alert, List<WorkbookProblem> problems, int changedFields, String fileError) {

    /** How the kept file is labelled. */
    enum Result {
        OVERGENOMEN,
        AFGEWEZEN
    }

    UploadOutcome {
        problems = List.copyOf(problems);
    }

    UploadOutcome(Draft draft, String alert, List<WorkbookProblem> problems, int changedFields) {
        this(draft, alert, problems, changedFields, null);
    }

    /** The file was refused as it came, before it was read; nothing is kept. */
    static UploadOutcome refusedFile(Draft draft, String messageKey) {
        return new UploadOutcome(draft, messageKey, List.of(), 0, messageKey);
    }

    boolean accepted() {
        return alert == null;
    }
}
