package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The spread of a figure over a reference group, as shown (anonymously) next to the reference
 * mean: the quartiles only. The minimum and maximum are left out on purpose: they are always the
 * value of one organisation (decision 0009). Quartiles use linear interpolation between closest
 * ranks, the method of Excel's QUARTILE.INC and of R's default {@code quantile(type = 7)}: for n
 * sorted values x[0..n−1] the p-quantile lies at position h = (n − 1)·p, and is x[⌊h⌋] + (h −
 * ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 */
public record Spread(BigDecimal firstQuartile, BigDecimal median, BigDecimal thirdQuartile) {

    public Spread {
        Objects.requireNonNull(firstQuartile, "firstQuartile");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(thirdQuartile, "thirdQuartile");
    }

    /**
     * @param values at least one value, in any order
     * @throws IllegalArgumentException when there are no values
     */
    public static Spread of(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        return ofSorted(sorted);
    }

    static Spread ofSorted(List<BigDecimal> sorted) {
        return new Spread(
                Quartiles.inclusive(sorted, 1), Quartiles.inclusive(sorted, 2), Quartiles.inclusive(sorted, 3));
    }

    /** Each quartile rounded half away from zero to {@code scale} decimals. */
    Spread rounded(int scale) {
        return new Spread(
                Decimals.rounded(firstQuartile, scale),
                Decimals.rounded(median, scale),
                Decimals.rounded(thirdQuartile, scale));
    }
}
