package nl.maatstaf.home;

import java.math.BigDecimal;
import nl.maatstaf.common.DutchFormat;
import org.springframework.stereotype.Component;

/** Dutch number formatting for templates, as {@code ${@fmt.euro(value)}}. */
@Component("fmt")
class DisplayFormatter {

    public String euro(BigDecimal value) {
        return DutchFormat.euro(value);
    }

    public String euroSigned(BigDecimal value) {
        return DutchFormat.euroSigned(value);
    }

    public String decimal(BigDecimal value, int decimals) {
        return DutchFormat.decimal(value, decimals);
    }

    public String decimalSigned(BigDecimal value, int decimals) {
        return DutchFormat.decimalSigned(value, decimals);
    }

    public String percent(BigDecimal value) {
        return DutchFormat.percent(value);
    }

    public String percentSigned(BigDecimal value) {
        return DutchFormat.percentSigned(value);
    }

    public String whole(long value) {
        return DutchFormat.decimal(BigDecimal.valueOf(value), 0);
    }

    public String input(BigDecimal value) {
        return DutchFormat.forInput(value);
    }
}
