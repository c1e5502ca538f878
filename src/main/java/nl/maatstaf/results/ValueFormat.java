package nl.maatstaf.results;

import java.math.BigDecimal;
import nl.maatstaf.catalog.DisplayFormat;
import nl.maatstaf.common.DutchFormat;

/**
 * How one kind of figure is shown (spec §4: euros whole, fte per 100 with two decimals,
 * percentages with one). Rounding happens only here, on the engine's unrounded values.
 */
enum ValueFormat {
    EURO,
    FTE,
    DECIMAL,
    PERCENT;

    static ValueFormat of(DisplayFormat format) {
        return switch (format) {
            case EURO -> EURO;
            case PERCENT -> PERCENT;
            case DECIMAL -> DECIMAL;
        };
    }

    /** The decimals the figure is shown with (spec §4), also what reference values are rounded to. */
    int decimals() {
        return switch (this) {
            case EURO -> 0;
            case FTE, DECIMAL -> 2;
            case PERCENT -> 1;
        };
    }

    String value(BigDecimal value) {
        return switch (this) {
            case EURO -> DutchFormat.euro(value);
            case FTE, DECIMAL -> DutchFormat.decimal(value, 2);
            case PERCENT -> DutchFormat.percent(value);
        };
    }

    /** A difference in the figure's own unit; for a percentage that is percentage points. */
    String deviation(BigDecimal value, Texts texts) {
        return switch (this) {
            case EURO -> DutchFormat.euroSigned(value);
            case FTE, DECIMAL -> DutchFormat.decimalSigned(value, 2);
            case PERCENT -> texts.get("results.percentagePoints", DutchFormat.decimalSigned(value, 1));
        };
    }

    /** A count or amount as read from the questionnaire: whole when whole, else two decimals. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return DutchFormat.decimal(value, value.stripTrailingZeros().scale() <= 0 ? 0 : 2);
    }
}
