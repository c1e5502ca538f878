package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of an organisation against its reference group.
 *
 * <p>The deviations are computed from {@link #own} and {@link #referenceMean} when asked, so they
 * can never disagree with the values they are derived from.
 *
 * @param own the organisation's own value; empty only for an undefined derived indicator
 * @param referenceSize how many reference organisations the mean is (or would be) taken over; for a
 *     derived indicator only those for which it is defined
 * @param referenceMean mean of the reference organisations' values; empty when there are too few
 *     references
 * @param referenceSpread spread of those values; present exactly when the mean is
 */
public record ComparisonLine(
        FigureId figure,
        Optional<BigDecimal> own,
        int referenceSize,
        Optional<BigDecimal> referenceMean,
        Optional<Spread> referenceSpread) {

    public ComparisonLine {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(referenceMean, "referenceMean");
        Objects.requireNonNull(referenceSpread, "referenceSpread");
        if (referenceMean.isPresent() != referenceSpread.isPresent()) {
            throw new IllegalArgumentException("Reference mean and spread come together, for " + figure);
        }
    }

    static ComparisonLine withoutReference(FigureId figure, BigDecimal own, int referenceSize) {
        return new ComparisonLine(figure, Optional.ofNullable(own), referenceSize, Optional.empty(), Optional.empty());
    }

    static ComparisonLine withReference(
            FigureId figure, BigDecimal own, int referenceSize, BigDecimal mean, Spread spread) {
        return new ComparisonLine(
                figure, Optional.ofNullable(own), referenceSize, Optional.of(mean), Optional.of(spread));
    }

    public boolean hasReference() {
        return referenceMean.isPresent();
    }

    /** Own − reference. */
    public Optional<BigDecimal> deviation() {
        return own.flatMap(value -> referenceMean.map(value::subtract));
    }

    /**
     * (Own − reference) / reference × 100; empty ("n.v.t.") when the reference is 0. An own value of
     * 0 against a positive reference gives −100.
     */
    public Optional<BigDecimal> deviationPercentage() {
        return own.flatMap(value -> referenceMean
                .filter(mean -> !Decimals.isZero(mean))
                .map(mean -> Decimals.scaledRatio(value.subtract(mean), Decimals.HUNDRED, mean)));
    }
}
