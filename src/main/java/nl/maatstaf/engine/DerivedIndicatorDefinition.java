package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A derived indicator: {@code numerator / denominator × factor}, where numerator and denominator
 * are quantity references (see {@link Quantity#parse(String)}).
 */
public record DerivedIndicatorDefinition(String code, String numerator, String denominator, BigDecimal factor) {

    public DerivedIndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(factor, "factor");
        // Parsing here makes a catalogue with a typo fail when it is loaded, not when it is used.
        parse(code, numerator);
        parse(code, denominator);
    }

    private static void parse(String code, String reference) {
        try {
            Quantity.parse(reference);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Derived indicator '" + code + "': " + e.getMessage(), e);
        }
    }
}
