package nl.maatstaf.submission;

/**
 * A field of a submitted version as the reviewer sees it, next to the version before and last
 * year; every value already shown in Dutch, empty where there is nothing to compare.
 *
 * @param changed whether it differs from the previous version (the row is marked)
 */
record ReviewLine(
        String part,
        String label,
        String value,
        String previousVersion,
        String versionChange,
        String lastYear,
        String yearChange,
        boolean changed) {}
