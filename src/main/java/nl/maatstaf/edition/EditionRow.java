package nl.maatstaf.edition;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of edition_setting. */
record EditionRow(
        int peiljaar,
        String moduleCode,
        String allowedPolicies,
        String defaultPolicy,
        int neighbourCount,
        int minimumReferenceSize,
        boolean published,
        OffsetDateTime publishedAt,
        String publishedBy,
        LocalDate submissionDeadline,
        int lockVersion) {}
