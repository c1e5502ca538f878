package nl.maatstaf.submission;

import java.util.List;

/**
 * How an uploaded workbook was handled. Only an accepted upload changed the draft.
 *
 * @param alert message key of what went wrong as a whole, or null when accepted
 * @param problems what is wrong, by sheet and cell
 * @param changedFields how many fields the upload changed
 */
record UploadOutcome(Draft draft, String alert, List<WorkbookProblem> problems, int changedFields) {

    /** How the kept file is labelled. */
    enum Result {
        OVERGENOMEN,
        AFGEWEZEN
    }

    UploadOutcome {
        problems = List.copyOf(problems);
    }

    boolean accepted() {
        return alert == null;
    }
}
