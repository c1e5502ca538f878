package nl.maatstaf.catalog;

import java.util.Set;

/**
 * Whether an organisation has started on a module of a peiljaar. An enrolment may only be withdrawn
 * before that. Implemented by the module that keeps the submissions; this module only asks, so it
 * never reads their tables.
 */
public interface EnrolmentSubmissions {

    /** True when the organisation has a draft or submission (any status) for the module and peiljaar. */
    boolean hasSubmission(long organisationId, int year, String moduleCode);

    /** The organisations with a draft or submission (any status) for the module and peiljaar. */
    Set<Long> organisationsWithSubmission(int year, String moduleCode);
}
