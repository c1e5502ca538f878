package nl.maatstaf.results;

/**
 * The reference part of a row, formatted. When {@code shown} is false there are too few references
 * and the page says so instead of showing any value.
 */
record ReferenceCells(boolean shown, String value, String deviation, String deviationPercentage, int size) {}
