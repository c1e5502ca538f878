package nl.maatstaf.results;

/**
 * The reference part of a row, formatted. When {@code shown} is false the page shows {@code
 * withheld} instead of any value: too few references, or another disclosure rule (decision 0009).
 */
record ReferenceCells(
        boolean shown, String value, String deviation, String deviationPercentage, int size, String withheld) {}
