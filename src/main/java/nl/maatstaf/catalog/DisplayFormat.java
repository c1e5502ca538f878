package nl.maatstaf.catalog;

/** How a derived indicator is shown: two decimals, a percentage with one decimal, or whole euros. */
public enum DisplayFormat {
    DECIMAL,
    PERCENT,
    EURO
}
