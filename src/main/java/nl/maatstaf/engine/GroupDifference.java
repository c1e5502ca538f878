package nl.maatstaf.engine;

/**
 * The differencing rule of decision 0009. Two means over groups that differ in d organisations
 * give, multiplied by their sizes and subtracted, the sum of those d organisations' values: one
 * organisation's figure when d = 1. Two groups a reader can compare (two policies, or two
 * publications) must therefore be the same or differ in at least k organisations, exactly as one
 * group must have at least k members.
 */
public final class GroupDifference {

    private GroupDifference() {}

    /** |A Δ B| from the sizes of A and B and the number they have in common. */
    public static int symmetric(int sizeA, int sizeB, int common) {
        if (common < 0 || common > Math.min(sizeA, sizeB)) {
            throw new IllegalArgumentException("Two groups of " + sizeA + " and " + sizeB + " cannot share " + common);
        }
        return sizeA + sizeB - 2 * common;
    }

    /** Whether comparing two groups that differ in {@code differing} organisations is harmless. */
    public static boolean safe(int differing, int minimumReferenceSize) {
        if (differing < 0) {
            throw new IllegalArgumentException("A difference cannot be negative: " + differing);
        }
        return differing == 0 || differing >= minimumReferenceSize;
    }
}
