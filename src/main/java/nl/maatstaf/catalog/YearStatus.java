package nl.maatstaf.catalog;

/** Whether participants may still start and change drafts in a peiljaar. */
public enum YearStatus {
    OPEN,
    GESLOTEN
}
