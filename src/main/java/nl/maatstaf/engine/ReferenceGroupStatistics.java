package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Mean and spread of every figure over one explicitly given reference group. */
final class ReferenceGroupStatistics {

    private ReferenceGroupStatistics() {}

    /**
     * @param ownValues the organisation's figure values in layout order
     * @param referenceValues the reference organisations' values in layout order, organisation
     *     itself already left out
     */
    static List<ComparisonLine> lines(
            List<FigureId> figureIds,
            BigDecimal[] ownValues,
            List<BigDecimal[]> referenceValues,
            int minimumReferenceSize) {
        boolean groupSufficient = referenceValues.size() >= minimumReferenceSize;
        List<ComparisonLine> lines = new ArrayList<>(figureIds.size());
        for (int figure = 0; figure < figureIds.size(); figure++) {
            List<BigDecimal> defined = new ArrayList<>(referenceValues.size());
            for (BigDecimal[] values : referenceValues) {
                if (values[figure] != null) {
                    defined.add(values[figure]);
                }
            }
            FigureId id = figureIds.get(figure);
            BigDecimal own = ownValues[figure];
            if (!groupSufficient || defined.size() < minimumReferenceSize) {
                lines.add(ComparisonLine.withoutReference(id, own, defined.size()));
            } else {
                lines.add(ComparisonLine.withReference(id, own, defined.size(), mean(defined), Spread.of(defined)));
            }
        }
        return lines;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return Decimals.ratio(sum, BigDecimal.valueOf(values.size()));
    }
}
