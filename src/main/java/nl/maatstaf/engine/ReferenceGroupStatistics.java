package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Mean and spread of every figure over one explicitly given reference group, under the disclosure rules. */
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
            DisclosureRules rules) {
        boolean groupSufficient = referenceValues.size() >= rules.minimumReferenceSize();
        List<ComparisonLine> lines = new ArrayList<>(figureIds.size());
        for (int figure = 0; figure < figureIds.size(); figure++) {
            List<BigDecimal> defined = new ArrayList<>(referenceValues.size());
            for (BigDecimal[] values : referenceValues) {
                if (values[figure] != null) {
                    defined.add(values[figure]);
                }
            }
            lines.add(line(figureIds.get(figure), ownValues[figure], defined, groupSufficient, rules));
        }
        return lines;
    }

    private static ComparisonLine line(
            FigureId id, BigDecimal own, List<BigDecimal> defined, boolean groupSufficient, DisclosureRules rules) {
        if (!groupSufficient || defined.size() < rules.minimumReferenceSize()) {
            return ComparisonLine.withoutReference(id, own, defined.size(), Protection.TOO_FEW_REFERENCES);
        }
        BigDecimal largest = BigDecimal.ZERO;
        BigDecimal second = BigDecimal.ZERO;
        BigDecimal absoluteSum = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : defined) {
            BigDecimal magnitude = value.abs();
            absoluteSum = absoluteSum.add(magnitude);
            sum = sum.add(value);
            if (magnitude.compareTo(largest) > 0) {
                second = largest;
                largest = magnitude;
            } else if (magnitude.compareTo(second) > 0) {
                second = magnitude;
            }
        }
        if (rules.dominated(largest, second, absoluteSum)) {
            return ComparisonLine.withoutReference(id, own, defined.size(), Protection.DOMINATED);
        }
        Spread spread = defined.size() >= rules.minimumSpreadSize() ? Spread.of(defined) : null;
        return ComparisonLine.withReference(
                id, own, defined.size(), Decimals.ratio(sum, BigDecimal.valueOf(defined.size())), spread);
    }
}
