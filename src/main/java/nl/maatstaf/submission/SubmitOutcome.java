package nl.maatstaf.submission;

/** How an attempt to submit ended. The closing data is saved even when submission is refused. */
sealed interface SubmitOutcome {

    record Submitted(Draft draft, int versionNo) implements SubmitOutcome {}

    record NotReady(Draft draft, Readiness readiness) implements SubmitOutcome {}

    record NotSaved(SaveOutcome outcome) implements SubmitOutcome {}
}
