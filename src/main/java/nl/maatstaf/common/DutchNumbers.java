package nl.maatstaf.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers the way Dutch users type them: {@code 13,6}, {@code 13.6}, {@code 1.097.211},
 * {@code € 1.097.211}, {@code € 1.097.211,-} and {@code 1.097.211,50} (not for euro amounts,
 * which are whole euros). Anything that could be read in two ways is
 * refused rather than guessed, because a misread figure ends up in a council decision.
 */
public final class DutchNumbers {

    public static final String ERROR_NOT_A_NUMBER = "number.error.notANumber";
    public static final String ERROR_AMBIGUOUS = "number.error.ambiguous";
    public static final String ERROR_GROUPING = "number.error.grouping";
    public static final String ERROR_TOO_LONG = "number.error.tooLong";
    public static final String ERROR_TOO_MANY_DIGITS = "number.error.tooManyDigits";
    /**
     * A euro amount with a fraction. Amounts are whole euros, so {@code 1,234} or {@code 13,6} is
     * either a thousands separator written the English way or cents nobody asked for; storing it
     * as a fraction of a euro would turn 1.234 euro into one euro without anyone noticing.
     */
    public static final String ERROR_AMOUNT_NOT_WHOLE = "number.error.amountNotWhole";

    /**
     * The most digits a number may have written out in full. A typed number is at most this long,
     * and a number that arrives ready-made (a JSON number, a spreadsheet cell) is held to the same.
     */
    public static final int MAX_DIGITS = 40;

    private static final int MAX_LENGTH = MAX_DIGITS;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private DutchNumbers() {}

    public static ParsedNumber parse(String input, NumberKind kind) {
        if (input == null || input.isBlank()) {
            return ParsedNumber.empty();
        }
        if (input.length() > MAX_LENGTH) {
            return ParsedNumber.error(ERROR_TOO_LONG);
        }
        String text = stripDecoration(input);
        boolean negative = false;
        if (text.startsWith("-") || text.startsWith("\u2212")) {
            negative = true;
            text = text.substring(1).strip();
        }
        if (kind == NumberKind.AMOUNT) {
            text = withoutEmptyCents(text);
        }
        ParsedNumber unsigned = parseUnsigned(text, kind);
        if (kind == NumberKind.AMOUNT
                && unsigned.value() != null
                && unsigned.value().stripTrailingZeros().scale() > 0) {
            return ParsedNumber.error(ERROR_AMOUNT_NOT_WHOLE);
        }
        if (negative && unsigned.value() != null) {
            return ParsedNumber.of(unsigned.value().negate());
        }
        return unsigned;
    }

    /**
     * Whether a number that arrives ready-made stays within {@link #MAX_DIGITS} digits written out
     * in full. It looks at precision and scale only, so it is cheap for any value: {@code
     * 1E+50000000} is eleven characters but fifty million digits, and writing it out, rounding or
     * even comparing it can keep a core busy for minutes or overflow. Check this before any
     * arithmetic on such a number.
     */
    public static boolean withinBounds(BigDecimal value) {
        long integerDigits = Math.max((long) value.precision() - value.scale(), 1);
        long fractionDigits = Math.max(value.scale(), 0);
        return integerDigits + fractionDigits <= MAX_DIGITS;
    }

    private static String stripDecoration(String input) {
        String text = input.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        if (text.startsWith("€")) {
            text = text.substring(1);
        } else if (text.regionMatches(true, 0, "EUR", 0, 3)) {
            text = text.substring(3);
        }
        return text.replace(" ", "");
    }

    /** {@code € 1.097.211,-} and {@code 1.097.211,--} are how Dutch invoices write whole euros. */
    private static String withoutEmptyCents(String text) {
        if (text.endsWith(",--")) {
            return text.substring(0, text.length() - 3);
        }
        if (text.endsWith(",-")) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }

    private static ParsedNumber parseUnsigned(String text, NumberKind kind) {
        if (text.isEmpty()) {
            return ParsedNumber.error(ERROR_NOT_A_NUMBER);
        }
        int commas = count(text, ',');
        int dots = count(text, '.');
        if (commas > 1) {
            return ParsedNumber.error(ERROR_NOT_A_NUMBER);
        }
        if (commas == 1) {
            return parseWithDecimalComma(text);
        }
        if (dots == 0) {
            return digitsOnly(text);
        }
        if (dots == 1) {
            return parseWithSingleDot(text, kind);
        }
        return DOT_GROUPED.matcher(text).matches()
                ? ParsedNumber.of(new BigDecimal(text.replace(".", "")))
                : ParsedNumber.error(ERROR_GROUPING);
    }

    private static ParsedNumber parseWithDecimalComma(String text) {
        int comma = text.indexOf(',');
        String integerPart = text.substring(0, comma);
        String fraction = text.substring(comma + 1);
        if (!DIGITS.matcher(fraction).matches()) {
            return ParsedNumber.error(ERROR_NOT_A_NUMBER);
        }
        if (integerPart.isEmpty()) {
            integerPart = "0";
        }
        if (integerPart.contains(".")) {
            if (!DOT_GROUPED.matcher(integerPart).matches()) {
                return ParsedNumber.error(ERROR_GROUPING);
            }
            integerPart = integerPart.replace(".", "");
        } else if (!DIGITS.matcher(integerPart).matches()) {
            return ParsedNumber.error(ERROR_NOT_A_NUMBER);
        }
        return ParsedNumber.of(new BigDecimal(integerPart + "." + fraction));
    }

    private static ParsedNumber parseWithSingleDot(String text, NumberKind kind) {
        int dot = text.indexOf('.');
        String integerPart = text.substring(0, dot);
        String fraction = text.substring(dot + 1);
        if (!DIGITS.matcher(fraction).matches()
                || !(integerPart.isEmpty() || DIGITS.matcher(integerPart).matches())) {
            return ParsedNumber.error(ERROR_NOT_A_NUMBER);
        }
        boolean looksGrouped = fraction.length() == 3 && !integerPart.isEmpty() && integerPart.length() <= 3;
        if (looksGrouped) {
            return kind.dotWithThreeDigitsIsGrouping()
                    ? ParsedNumber.of(new BigDecimal(integerPart + fraction))
                    : ParsedNumber.error(ERROR_AMBIGUOUS);
        }
        return ParsedNumber.of(new BigDecimal((integerPart.isEmpty() ? "0" : integerPart) + "." + fraction));
    }

    private static ParsedNumber digitsOnly(String text) {
        return DIGITS.matcher(text).matches()
                ? ParsedNumber.of(new BigDecimal(text))
                : ParsedNumber.error(ERROR_NOT_A_NUMBER);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
