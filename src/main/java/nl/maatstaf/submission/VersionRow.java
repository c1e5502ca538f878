package nl.maatstaf.submission;

import java.time.OffsetDateTime;

/** A submitted, immutable version; only the review fields are filled in later. */
record VersionRow(
        long id,
        long submissionId,
        int versionNo,
        OffsetDateTime submittedAt,
        String submittedBy,
        String contactName,
        String contactEmail,
        String remarks,
        SubmissionStatus reviewStatus,
        String reviewRemark,
        OffsetDateTime reviewedAt,
        String reviewedBy) {}
