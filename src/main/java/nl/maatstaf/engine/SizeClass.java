package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Size classes by inhabitants. Each class includes its lower bound and excludes its upper bound:
 * a municipality of exactly 25.000 inhabitants is in {@link #FROM_25K_TO_50K}, one of exactly
 * 100.000 in {@link #FROM_100K}.
 */
public enum SizeClass {
    /** Fewer than 25.000 inhabitants. */
    BELOW_25K(0, 25_000),
    /** 25.000 up to (not including) 50.000. */
    FROM_25K_TO_50K(25_000, 50_000),
    /** 50.000 up to (not including) 100.000. */
    FROM_50K_TO_100K(50_000, 100_000),
    /** 100.000 or more. */
    FROM_100K(100_000, Long.MAX_VALUE);

    private final long lowerInclusive;
    private final long upperExclusive;

    SizeClass(long lowerInclusive, long upperExclusive) {
        this.lowerInclusive = lowerInclusive;
        this.upperExclusive = upperExclusive;
    }

    /**
     * @param inhabitants not negative
     * @throws IllegalArgumentException when negative
     */
    public static SizeClass of(BigDecimal inhabitants) {
        Objects.requireNonNull(inhabitants, "inhabitants");
        if (inhabitants.signum() < 0) {
            throw new IllegalArgumentException("Inhabitants cannot be negative: " + inhabitants);
        }
        for (SizeClass sizeClass : values()) {
            if (inhabitants.compareTo(BigDecimal.valueOf(sizeClass.upperExclusive)) < 0) {
                return sizeClass;
            }
        }
        return FROM_100K;
    }

    public static SizeClass of(long inhabitants) {
        return of(BigDecimal.valueOf(inhabitants));
    }

    public long lowerInclusive() {
        return lowerInclusive;
    }

    /** {@link Long#MAX_VALUE} for the open top class. */
    public long upperExclusive() {
        return upperExclusive;
    }
}
