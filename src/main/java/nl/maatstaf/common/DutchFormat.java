package nl.maatstaf.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats figures for display in Dutch: {@code € 1.383.629}, {@code 3,54}, {@code +16,0%}.
 * Rounding happens here and only here; every calculation keeps full precision.
 */
public final class DutchFormat {

    private static final String MINUS = "\u2212";

    private DutchFormat() {}

    /** Whole euros: {@code € 1.383.629}, negative as {@code −€ 250}. */
    public static String euro(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
        String digits = grouped(rounded.abs(), 0);
        return (rounded.signum() < 0 ? MINUS : "") + "€ " + digits;
    }

    /** A difference in whole euros, always signed: {@code +€ 48}, {@code −€ 250}, {@code € 0}. */
    public static String euroSigned(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
        return sign(rounded) + "€ " + grouped(rounded.abs(), 0);
    }

    /** A plain number with a fixed number of decimals: {@code 3,54}, {@code 1.234}. */
    public static String decimal(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() < 0 ? MINUS : "") + grouped(rounded.abs(), decimals);
    }

    /** A signed difference with a fixed number of decimals: {@code +0,25}, {@code −1,20}. */
    public static String decimalSigned(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        return sign(rounded) + grouped(rounded.abs(), decimals);
    }

    /** A percentage with one decimal: {@code 33,8%}. */
    public static String percent(BigDecimal value) {
        return value == null ? "" : decimal(value, 1) + "%";
    }

    /** A signed percentage with one decimal: {@code +16,0%}, {@code −100,0%}. */
    public static String percentSigned(BigDecimal value) {
        return value == null ? "" : decimalSigned(value, 1) + "%";
    }

    /**
     * How a stored number is shown back in an input field: no grouping, decimal comma. Refuses a
     * number beyond {@link DutchNumbers#withinBounds}: writing out {@code 1E+50000000} would take
     * minutes, so callers check numbers they did not read themselves first.
     */
    public static String forInput(BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (!DutchNumbers.withinBounds(value)) {
            throw new IllegalArgumentException("A number of more than " + DutchNumbers.MAX_DIGITS + " digits");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', ',');
    }

    private static String sign(BigDecimal rounded) {
        return switch (rounded.signum()) {
            case 1 -> "+";
            case -1 -> MINUS;
            default -> "";
        };
    }

    /** Dot-grouped integer part and comma decimals; the value is already rounded to {@code decimals}. */
    private static String grouped(BigDecimal nonNegative, int decimals) {
        String plain = nonNegative.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        int point = plain.indexOf('.');
        String integerPart = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder(plain.length() + integerPart.length() / 3);
        for (int i = 0; i < integerPart.length(); i++) {
            if (i > 0 && (integerPart.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(integerPart.charAt(i));
        }
        if (point >= 0) {
            out.append(',').append(plain, point + 1, plain.length());
        }
        return out.toString();
    }
}
