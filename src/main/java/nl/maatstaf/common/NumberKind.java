package nl.maatstaf.common;

/**
 * What a number field holds. It decides how a lone dot is read: in amounts and counts nobody
 * types three decimals, so {@code 1.500} is fifteen hundred; in decimal fields (fte) it could
 * mean either, so it is refused as ambiguous.
 */
public enum NumberKind {
    AMOUNT,
    COUNT,
    DECIMAL;

    boolean dotWithThreeDigitsIsGrouping() {
        return this != DECIMAL;
    }
}
