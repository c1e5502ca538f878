package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The spread of a figure over a reference group, as shown (anonymously) next to the reference
 * mean. Quartiles use linear interpolation between closest ranks, the method of Excel's
 * QUARTILE.INC and of R's default {@code quantile(type = 7)}: for n sorted values x[0..n−1] the
 * p-quantile lies at position h = (n − 1)·p, and is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 */
public record Spread(
        BigDecimal min, BigDecimal firstQuartile, BigDecimal median, BigDecimal thirdQuartile, BigDecimal max) {

    public Spread {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(firstQuartile, "firstQuartile");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(thirdQuartile, "thirdQuartile");
        Objects.requireNonNull(max, "max");
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
                Quartiles.inclusive(sorted, 0),
                Quartiles.inclusive(sorted, 1),
                Quartiles.inclusive(sorted, 2),
                Quartiles.inclusive(sorted, 3),
                Quartiles.inclusive(sorted, 4));
    }
}
