package nl.maatstaf.engine;

import java.math.BigDecimal;

/**
 * The disclosure rules every reference figure passes before it leaves the engine (decision 0009).
 *
 * @param minimumReferenceSize k: a reference figure rests on at least k organisations with a value
 * @param minimumSpreadSize quartiles are given only over at least this many organisations
 * @param largestShare (1, s) dominance: withheld when the largest contribution exceeds this share
 *     of the group's sum
 * @param twoLargestShare (2, s) dominance: withheld when the two largest contributions together
 *     exceed this share
 */
public record DisclosureRules(
        int minimumReferenceSize, int minimumSpreadSize, BigDecimal largestShare, BigDecimal twoLargestShare) {

    /** Quartiles need at least this many organisations, whatever k is. */
    public static final int LOWEST_MINIMUM_SPREAD_SIZE = 10;

    public static final BigDecimal LARGEST_SHARE = new BigDecimal("0.50");
    public static final BigDecimal TWO_LARGEST_SHARE = new BigDecimal("0.85");

    public DisclosureRules {
        if (minimumReferenceSize < BenchmarkEngine.LOWEST_MINIMUM_REFERENCE_SIZE) {
            throw new IllegalArgumentException("Minimum reference group size k must be at least "
                    + BenchmarkEngine.LOWEST_MINIMUM_REFERENCE_SIZE + ", was " + minimumReferenceSize);
        }
        if (minimumSpreadSize < minimumReferenceSize) {
            throw new IllegalArgumentException("The spread cannot need fewer organisations than k");
        }
    }

    /** The standard rules for a given k: quartiles from max(10, 2k), dominance (1, 50 %) and (2, 85 %). */
    public static DisclosureRules forK(int minimumReferenceSize) {
        return new DisclosureRules(
                minimumReferenceSize,
                Math.max(LOWEST_MINIMUM_SPREAD_SIZE, 2 * minimumReferenceSize),
                LARGEST_SHARE,
                TWO_LARGEST_SHARE);
    }

    /**
     * Whether a group's sum is dominated by its largest contributions. Contributions count by their
     * absolute value, so a negative figure cannot hide a large one; a group whose values are all
     * zero has nothing to dominate.
     *
     * @param largest the largest absolute value in the group
     * @param secondLargest the second largest absolute value (zero for a group of one)
     * @param absoluteSum the sum of all absolute values in the group
     */
    boolean dominated(BigDecimal largest, BigDecimal secondLargest, BigDecimal absoluteSum) {
        if (absoluteSum.signum() == 0) {
            return false;
        }
        return largest.compareTo(absoluteSum.multiply(largestShare)) > 0
                || largest.add(secondLargest).compareTo(absoluteSum.multiply(twoLargestShare)) > 0;
    }
}
