package nl.maatstaf.submission;

import java.time.OffsetDateTime;

/** A stored working draft as read from the database; never bound to a form. Year is {@code peiljaar} (YEAR is reserved in H2). */
record SubmissionRow(
        long id,
        long organisationId,
        int peiljaar,
        String moduleCode,
        SubmissionStatus status,
        int lockVersion,
        String contactName,
        String contactEmail,
        String remarks,
        OffsetDateTime updatedAt,
        String updatedBy) {

    public int year() {
        return peiljaar;
    }
}
