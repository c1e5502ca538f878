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
    private final BigDecimal[] ownValues;
    private final int[] sortedPosition;
    private final List<BigDecimal> sorted;
    private final BigDecimal sum;
    private final BigDecimal absoluteSum;
    // The participants with the three largest absolute values, largest first (NONE where fewer):
    // leaving one out, the two largest of the rest are among them.
    private final int[] largest = {NONE, NONE, NONE};
    // By signature (see spreadWithout): the few distinct spreads that leaving one rank out yields.
    private final Spread[] spreadsWithout = new Spread[27];
    private BigDecimal meanOfAll;
    private Spread spreadOfAll;

    /** @param values by participant index; {@code null} where the figure is undefined */
    LeaveOneOutFigure(FigureId figure, BigDecimal[] values) {
        this(figure, values, values);
    }

    /**
     * @param values by participant index, what each contributes to the others' references; {@code
     *     null} where it contributes nothing
     * @param ownValues by participant index, each one's own value (it may be known while it is not
     *     counted for others, see {@link UnknownPartsMasking})
     */
    LeaveOneOutFigure(FigureId figure, BigDecimal[] values, BigDecimal[] ownValues) {
        this.figure = figure;
        this.values = values;
        this.ownValues = ownValues;
        int[] order = AscendingOrder.of(values);
        this.sortedPosition = new int[values.length];
        Arrays.fill(sortedPosition, NONE);
        List<BigDecimal> sortedValues = new ArrayList<>(order.length);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal absoluteTotal = BigDecimal.ZERO;
        for (int position = 0; position < order.length; position++) {
            int participant = order[position];
            BigDecimal value = values[participant];
            sortedPosition[participant] = position;
            sortedValues.add(value);
            total = total.add(value);
            absoluteTotal = absoluteTotal.add(value.abs());
            rankByMagnitude(participant);
        }
        this.sorted = sortedValues;
        this.sum = total;
        this.absoluteSum = absoluteTotal;
    }

    private void rankByMagnitude(int participant) {
        BigDecimal magnitude = values[participant].abs();
        for (int rank = 0; rank < largest.length; rank++) {
            if (largest[rank] == NONE || magnitude.compareTo(values[largest[rank]].abs()) > 0) {
                System.arraycopy(largest, rank, largest, rank + 1, largest.length - rank - 1);
                largest[rank] = participant;
                return;
            }
        }
    }

    /**
     * @param referenceGroupSufficient whether the participant's reference group has at least k
     *     members; if not, no reference values are produced at all
     */
    ComparisonLine lineFor(int participant, boolean referenceGroupSufficient, DisclosureRules rules) {
        BigDecimal own = ownValues[participant];
        int position = sortedPosition[participant];
        int referenceSize = position == NONE ? sorted.size() : sorted.size() - 1;
        if (!referenceGroupSufficient || referenceSize < rules.minimumReferenceSize()) {
            return ComparisonLine.withoutReference(figure, own, referenceSize, Protection.TOO_FEW_REFERENCES);
        }
        if (dominatedWithout(position == NONE ? NONE : participant, rules)) {
            return ComparisonLine.withoutReference(figure, own, referenceSize, Protection.DOMINATED);
        }
        boolean withSpread = referenceSize >= rules.minimumSpreadSize();
        if (position == NONE) {
            return ComparisonLine.withReference(
                    figure, own, referenceSize, meanOfAll(), withSpread ? spreadOfAll() : null);
        }
        BigDecimal mean = Decimals.ratio(sum.subtract(values[participant]), BigDecimal.valueOf(referenceSize));
        return ComparisonLine.withReference(
                figure, own, referenceSize, mean, withSpread ? spreadWithout(position) : null);
    }

    private boolean dominatedWithout(int leftOut, DisclosureRules rules) {
        BigDecimal[] two = {BigDecimal.ZERO, BigDecimal.ZERO};
        int found = 0;
        for (int rank = 0; rank < largest.length && found < 2; rank++) {
            if (largest[rank] != NONE && largest[rank] != leftOut) {
                two[found++] = values[largest[rank]].abs();
            }
        }
        BigDecimal rest = leftOut == NONE ? absoluteSum : absoluteSum.subtract(values[leftOut].abs());
        return rules.dominated(two[0], two[1], rest);
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

    /**
     * Leaving out rank r shifts the ranks above r down by one. A quartile interpolates between ranks
     * {@code lower} and {@code lower + 1} of what remains, so per quartile only three cases differ:
     * r above both, r at {@code lower + 1}, or r at or below {@code lower}. The three quartiles' cases together
     * identify the spread, so each distinct spread is computed once, by the ordinary quartile
     * function on a view without r, and shared.
     */
    private Spread spreadWithout(int position) {
        int signature = 0;
        for (int quarter = 1; quarter <= 3; quarter++) {
            signature = signature * 3 + situation(quarter, position);
        }
        Spread spread = spreadsWithout[signature];
        if (spread == null) {
            spread = Spread.ofSorted(new SortedWithout(sorted, position));
            spreadsWithout[signature] = spread;
        }
        return spread;
    }

    private int situation(int quarter, int position) {
        int lower = Quartiles.lowerIndex(sorted.size() - 1, quarter);
        if (position > lower + 1) {
            return 0;
        }
        return position == lower + 1 ? 1 : 2;
    }
}
