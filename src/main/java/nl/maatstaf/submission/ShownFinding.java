package nl.maatstaf.submission;

/**
 * A finding as the user sees it.
 *
 * @param part the tab the field is on (A, B or C)
 * @param warningKey under which an explanation is stored (warnings only)
 */
record ShownFinding(String severity, String fieldKey, String part, String warningKey, String rule, String message) {}
