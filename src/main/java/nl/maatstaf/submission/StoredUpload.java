package nl.maatstaf.submission;

import java.time.OffsetDateTime;

/** A kept workbook, described without its bytes. */
record StoredUpload(
        long id,
        String fileName,
        UploadOutcome.Result outcome,
        int problemCount,
        OffsetDateTime uploadedAt,
        String uploadedBy) {}
