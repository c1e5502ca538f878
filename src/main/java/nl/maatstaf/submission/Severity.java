package nl.maatstaf.submission;

/** Errors block submission; warnings need a written explanation. Neither ever blocks saving. */
enum Severity {
    ERROR,
    WARNING
}
