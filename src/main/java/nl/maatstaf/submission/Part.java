package nl.maatstaf.submission;

/** The parts of the questionnaire; each is one tab of the page. */
enum Part {
    A,
    B,
    C
}
