package nl.maatstaf.submission;

/**
 * A submission changed between checking and storing a bulk import (a participant saved or
 * submitted meanwhile). The import's transaction is rolled back as a whole.
 */
public class ImportConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long organisationId;
    private final String moduleCode;

    public ImportConflictException(long organisationId, String moduleCode) {
        super("Submission of organisation " + organisationId + " for " + moduleCode + " changed during the import");
        this.organisationId = organisationId;
        this.moduleCode = moduleCode;
    }

    public long organisationId() {
        return organisationId;
    }

    public String moduleCode() {
        return moduleCode;
    }
}
