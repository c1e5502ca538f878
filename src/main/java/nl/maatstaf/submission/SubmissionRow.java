package nl.maatstaf.submission;

import java.time.OffsetDateTime;

/** A stored working draft as read from the database; never bound to a form. */
record SubmissionRow(
        long id,
        long organisationId,
        int year,
        String moduleCode,
        SubmissionStatus status,
        int lockVersion,
        String contactName,
        String contactEmail,
        String remarks,
        OffsetDateTime updatedAt,
        String updatedBy) {}
