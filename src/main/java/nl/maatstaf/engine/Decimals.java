package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The engine's only places where a rounding can happen: divisions at 34 significant digits, and the
 * rounding of disclosed reference figures to display precision (decision 0009).
 */
final class Decimals {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {}

    /**
     * Multiplies before dividing so that a scaled ratio (e.g. fte per 100 units) is rounded once,
     * not twice.
     */
    static BigDecimal scaledRatio(BigDecimal numerator, BigDecimal factor, BigDecimal denominator) {
        return numerator.multiply(factor).divide(denominator, PRECISION);
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, PRECISION);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Half away from zero (BigDecimal's HALF_UP rounds away from zero for negatives too). */
    static BigDecimal rounded(BigDecimal value, int scale) {
        return value.setScale(scale, java.math.RoundingMode.HALF_UP);
    }

    static boolean isZero(BigDecimal value) {
        return value.signum() == 0;
    }
}
