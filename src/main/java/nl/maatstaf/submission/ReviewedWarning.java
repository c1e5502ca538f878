package nl.maatstaf.submission;

/** A warning of a submitted version with the participant's explanation. */
record ReviewedWarning(String message, String explanation) {}
