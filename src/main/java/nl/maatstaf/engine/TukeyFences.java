package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Tukey's fences over a set of values: Q1 − 1,5·IQR and Q3 + 1,5·IQR, with the quartiles of {@link
 * Spread} (inclusive method, Excel QUARTILE.INC). A value strictly outside the fences is an
 * outlier; a value on a fence is not.
 */
public record TukeyFences(BigDecimal firstQuartile, BigDecimal thirdQuartile, BigDecimal lower, BigDecimal upper) {

    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");

    public TukeyFences {
        Objects.requireNonNull(firstQuartile, "firstQuartile");
        Objects.requireNonNull(thirdQuartile, "thirdQuartile");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }

    /**
     * @param values at least one value, in any order
     * @throws IllegalArgumentException when there are no values
     */
    public static TukeyFences of(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        BigDecimal q1 = Quartiles.inclusive(sorted, 1);
        BigDecimal q3 = Quartiles.inclusive(sorted, 3);
        BigDecimal reach = q3.subtract(q1).multiply(ONE_AND_A_HALF);
        return new TukeyFences(q1, q3, q1.subtract(reach), q3.add(reach));
    }

    public BigDecimal interquartileRange() {
        return thirdQuartile.subtract(firstQuartile);
    }

    /** Strictly below the lower or strictly above the upper fence. */
    public boolean isOutlier(BigDecimal value) {
        return value.compareTo(lower) < 0 || value.compareTo(upper) > 0;
    }
}
