package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Sorts BigDecimals fast without giving up exactness. Comparing full-precision BigDecimals of
 * different scales means rescaling big integers, which made sorting the dominant cost of comparing
 * all participants. So: sort primitive longs that pack a float approximation of each value with
 * its index, then let an insertion sort with the exact {@code compareTo} repair the few pairs the
 * approximation got wrong. The result is exactly sorted whatever the approximation does; a good
 * approximation only makes it fast (n − 1 exact comparisons when nothing needs repair). Sorting
 * primitives also avoids a comparator-based sort, whose JIT deoptimisations made warm-up erratic.
 */
final class AscendingOrder {

    private static final long INDEX_MASK = 0xFFFF_FFFFL;

    private AscendingOrder() {}

    /** Indices of the non-null values, ordered by ascending value. */
    static int[] of(BigDecimal[] values) {
        long[] packed = new long[values.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                packed[count++] = ((long) sortableBits(approximate(values[i])) << 32) | i;
            }
        }
        Arrays.sort(packed, 0, count);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) (packed[i] & INDEX_MASK);
        }
        repairExactly(order, values);
        return order;
    }

    // BigDecimal.doubleValue() goes through a String for large unscaled values; this does not.
    private static float approximate(BigDecimal value) {
        return (float) (value.unscaledValue().doubleValue() * Math.pow(10, -value.scale()));
    }

    /** Float bits as an int whose signed order is the float's order (negative values flipped). */
    private static int sortableBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) & 0x7FFF_FFFF);
    }

    private static void repairExactly(int[] order, BigDecimal[] values) {
        for (int i = 1; i < order.length; i++) {
            int current = order[i];
            int j = i - 1;
            while (j >= 0 && values[order[j]].compareTo(values[current]) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
    }
}
