package nl.maatstaf.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;

/**
 * A workload indicator (part B) or a finance item (part C) that the participant fills in.
 *
 * @param minimum the lowest plausible value, or null: a value below it asks for an explanation
 * @param maximum the highest plausible value, or null: a value above it asks for an explanation
 */
public record Indicator(
        String code,
        LocalizedText name,
        LocalizedText definition,
        IndicatorType type,
        LocalizedText unit,
        LocalizedText unitSingular,
        boolean required,
        BigDecimal minimum,
        BigDecimal maximum) {

    @JsonCreator
    public Indicator {}

    public Indicator(
            String code,
            LocalizedText name,
            LocalizedText definition,
            IndicatorType type,
            LocalizedText unit,
            LocalizedText unitSingular,
            boolean required) {
        this(code, name, definition, type, unit, unitSingular, required, null, null);
    }

    /** The same indicator with other plausibility bounds. */
    public Indicator withBounds(BigDecimal newMinimum, BigDecimal newMaximum) {
        return new Indicator(code, name, definition, type, unit, unitSingular, required, newMinimum, newMaximum);
    }
}
