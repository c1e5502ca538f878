package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One figure over all participants, answering "mean and spread of everybody but participant i"
 * in constant time, so that comparing every participant with all others stays linear.
 *
 * <p>The mean leaves one out as (Σ − own) / (m − 1); BigDecimal addition and subtraction are
 * exact, so this equals the mean taken directly over the others. The spread leaves one out by
 * index arithmetic on the values sorted once.
 */
final class LeaveOneOutFigure {

    private static final int NONE = -1;

    private final FigureId figure;
    private final BigDecimal[] values;
    private final int[] sortedPosition;
    private final List<BigDecimal> sorted;
    private final BigDecimal sum;
    // Per quarter, the (at most three) quartile values that leaving one rank out can produce.
    private final BigDecimal[][] quartileWithout = new BigDecimal[5][3];
    private BigDecimal meanOfAll;
    private Spread spreadOfAll;

    /** @param values by participant index; {@code null} where the figure is undefined */
    LeaveOneOutFigure(FigureId figure, BigDecimal[] values) {
        this.figure = figure;
        this.values = values;
        int[] order = AscendingOrder.of(values);
        this.sortedPosition = new int[values.length];
        Arrays.fill(sortedPosition, NONE);
        List<BigDecimal> sortedValues = new ArrayList<>(order.length);
        BigDecimal total = BigDecimal.ZERO;
        for (int position = 0; position < order.length; position++) {
            BigDecimal value = values[order[position]];
            sortedPosition[order[position]] = position;
            sortedValues.add(value);
            total = total.add(value);
        }
        this.sorted = sortedValues;
        this.sum = total;
    }

    /**
     * @param referenceGroupSufficient whether the participant's reference group has at least k
     *     members; if not, no reference values are produced at all
     */
    ComparisonLine lineFor(int participant, boolean referenceGroupSufficient, int minimumReferenceSize) {
        BigDecimal own = values[participant];
        int position = sortedPosition[participant];
        int referenceSize = position == NONE ? sorted.size() : sorted.size() - 1;
        if (!referenceGroupSufficient || referenceSize < minimumReferenceSize) {
            return ComparisonLine.withoutReference(figure, own, referenceSize);
        }
        if (position == NONE) {
            return ComparisonLine.withReference(figure, own, referenceSize, meanOfAll(), spreadOfAll());
        }
        BigDecimal mean = Decimals.ratio(sum.subtract(own), BigDecimal.valueOf(referenceSize));
        return ComparisonLine.withReference(figure, own, referenceSize, mean, spreadWithout(position));
    }

    private BigDecimal meanOfAll() {
        if (meanOfAll == null) {
            meanOfAll = Decimals.ratio(sum, BigDecimal.valueOf(sorted.size()));
        }
        return meanOfAll;
    }

    private Spread spreadOfAll() {
        if (spreadOfAll == null) {
            spreadOfAll = Spread.ofSorted(sorted);
        }
        return spreadOfAll;
    }

    private Spread spreadWithout(int position) {
        return new Spread(
                quartileWithout(0, position),
                quartileWithout(1, position),
                quartileWithout(2, position),
                quartileWithout(3, position),
                quartileWithout(4, position));
    }

    /**
     * Leaving out rank r shifts the ranks above r down by one. The interpolation reads ranks
     * {@code lower} and {@code lower + 1} of what remains, so only three cases differ: r above both,
     * r just at {@code lower + 1}, or r at or below {@code lower}. Each case is computed once, by the
     * ordinary quartile function on a view without r.
     */
    private BigDecimal quartileWithout(int quarter, int position) {
        int lower = Quartiles.lowerIndex(sorted.size() - 1, quarter);
        int situation = position > lower + 1 ? 0 : position == lower + 1 ? 1 : 2;
        BigDecimal value = quartileWithout[quarter][situation];
        if (value == null) {
            value = Quartiles.inclusive(new SortedWithout(sorted, position), quarter);
            quartileWithout[quarter][situation] = value;
        }
        return value;
    }
}
