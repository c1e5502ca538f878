package nl.maatstaf.submission;

import java.math.BigDecimal;
import nl.maatstaf.catalog.IndicatorType;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.common.NumberKind;

/**
 * What a questionnaire field holds, with the bound beyond which a value cannot be meant
 * seriously. The bounds catch unit mistakes (euros typed in thousands, fte typed as hours), not
 * unusual organisations.
 */
enum FieldType {
    FTE(NumberKind.DECIMAL, new BigDecimal("10000"), false),
    AMOUNT(NumberKind.AMOUNT, new BigDecimal("1000000000"), false),
    COUNT(NumberKind.COUNT, new BigDecimal("100000000"), true),
    NUMBER(NumberKind.DECIMAL, new BigDecimal("1000000000"), false),
    PERCENTAGE(NumberKind.DECIMAL, new BigDecimal("100"), false),
    YESNO(NumberKind.COUNT, BigDecimal.ONE, true),
    YEARS(NumberKind.DECIMAL, new BigDecimal("100"), false),
    /** A whole group of part A marked unknown: only a marker or nothing, never a number. */
    GROUP_MARKER(NumberKind.COUNT, BigDecimal.ZERO, true),
    /** A short text, such as the description of the capacity at member municipalities; never a number. */
    TEXT(NumberKind.DECIMAL, BigDecimal.ZERO, false);

    /** The longest text a {@link #TEXT} field keeps. */
    static final int TEXT_MAXIMUM = InputLimits.RAW_VALUE;

    private final NumberKind numberKind;
    private final BigDecimal maximum;
    private final boolean whole;

    FieldType(NumberKind numberKind, BigDecimal maximum, boolean whole) {
        this.numberKind = numberKind;
        this.maximum = maximum;
        this.whole = whole;
    }

    boolean text() {
        return this == TEXT;
    }

    NumberKind numberKind() {
        return numberKind;
    }

    BigDecimal maximum() {
        return maximum;
    }

    boolean whole() {
        return whole;
    }

    /**
     * A stored number as it is put back in a field: amounts with thousands separators
     * ({@code 1.809.600}), which read back as the same whole euros; anything else as typed input
     * ({@code 6,5}).
     */
    String shownInField(BigDecimal value) {
        if (this == AMOUNT && value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0) {
            return DutchFormat.decimal(value, 0);
        }
        return DutchFormat.forInput(value);
    }

    static FieldType of(IndicatorType type) {
        return switch (type) {
            case COUNT -> COUNT;
            case NUMBER -> NUMBER;
            case FTE -> FTE;
            case PERCENTAGE -> PERCENTAGE;
            case YESNO -> YESNO;
            case YEARS -> YEARS;
            case AMOUNT -> AMOUNT;
        };
    }

    static FieldType of(TaskField field) {
        return field.numberKind() == NumberKind.AMOUNT ? AMOUNT : FTE;
    }
}
