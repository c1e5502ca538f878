package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * Inclusive quartiles by linear interpolation (Excel QUARTILE.INC). Because p is a multiple of
 * 1/4, the position (n − 1)·p has a fraction of 0, 1/4, 1/2 or 3/4, so the interpolation is exact.
 */
final class Quartiles {

    private static final BigDecimal[] QUARTER_FRACTIONS = {
        BigDecimal.ZERO, new BigDecimal("0.25"), new BigDecimal("0.5"), new BigDecimal("0.75")
    };

    private Quartiles() {}

    /**
     * @param sorted ascending values
     * @param quarter 0 = min, 1 = Q1, 2 = median, 3 = Q3, 4 = max
     */
    static BigDecimal inclusive(List<BigDecimal> sorted, int quarter) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("A spread needs at least one value");
        }
        int lower = lowerIndex(sorted.size(), quarter);
        int fraction = fractionInQuarters(sorted.size(), quarter);
        BigDecimal base = sorted.get(lower);
        if (fraction == 0) {
            return base;
        }
        BigDecimal step = sorted.get(lower + 1).subtract(base);
        return base.add(step.multiply(QUARTER_FRACTIONS[fraction]));
    }

    /** ⌊(n − 1)·quarter / 4⌋: the rank the quartile starts from. */
    static int lowerIndex(int size, int quarter) {
        return (size - 1) * quarter / 4;
    }

    private static int fractionInQuarters(int size, int quarter) {
        return (size - 1) * quarter % 4;
    }
}
