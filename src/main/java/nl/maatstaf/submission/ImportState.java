package nl.maatstaf.submission;

/** Where an organisation's submission of a module stands, as far as a bulk import is concerned. */
public enum ImportState {
    /** Nothing submitted or typed yet. */
    NONE,
    /** The latest version is approved; an import adds a newer approved version. */
    APPROVED,
    /** A version awaits the beheerder's review. */
    AWAITING_REVIEW,
    /** The participant is working on a draft (concept or returned). */
    IN_PROGRESS
}
