package nl.maatstaf.catalog;

/** What a request to enrol an organisation in a module, or to withdraw its enrolment, came to. */
public enum EnrolmentResult {
    /** Enrolled now. */
    ENROLLED,
    /** Was enrolled already; nothing changed. */
    ALREADY_ENROLLED,
    /** The enrolment was withdrawn. */
    WITHDRAWN,
    /** Nothing to withdraw: the organisation was not enrolled. */
    NOT_ENROLLED,
    /** Not withdrawn: the organisation has a draft or submission for the module and peiljaar. */
    HAS_SUBMISSION,
    /** Nothing changed: the peiljaar is not open (closed, or unknown). */
    YEAR_NOT_OPEN;

    public boolean changed() {
        return this == ENROLLED || this == WITHDRAWN;
    }
}
