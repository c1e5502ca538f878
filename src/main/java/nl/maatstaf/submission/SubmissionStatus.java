package nl.maatstaf.submission;

/** Where a submission stands; only a concept or a returned submission can be edited. */
enum SubmissionStatus {
    CONCEPT,
    INGEDIEND,
    GOEDGEKEURD,
    TERUGGESTUURD;

    boolean editable() {
        return this == CONCEPT || this == TERUGGESTUURD;
    }
}
