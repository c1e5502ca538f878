package nl.maatstaf.catalog;

/** Where an organisation's application for a module stands; the names are those stored. */
public enum EnrolmentApplicationStatus {
    AANGEVRAAGD,
    BEVESTIGD,
    AFGEWEZEN
}
