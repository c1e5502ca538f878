package nl.maatstaf.submission;

/** A value of a submitted version as the reviewer sees it. */
record ReviewLine(String part, String label, String value) {}
