package nl.maatstaf.catalog;

/**
 * Whether a module's catalogue of a peiljaar is in use by participants. Implemented by the module
 * that owns the submissions (the catalogue may not depend on it), like edition.EditionPublisher.
 */
public interface CatalogUsage {

    /** Every questionnaire of the year and module, drafts included: each was started against the catalogue. */
    long submissionCount(int year, String moduleCode);

    default boolean hasSubmissions(int year, String moduleCode) {
        return submissionCount(year, moduleCode) > 0;
    }
}
