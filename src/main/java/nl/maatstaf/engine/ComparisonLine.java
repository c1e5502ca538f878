package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of an organisation against its reference group.
 *
 * <p>The deviations are computed from {@link #own} and {@link #referenceMean} when asked, so they
 * can never disagree with the values they are derived from. Once disclosed (see {@link
 * Comparison#disclosed}) the reference mean and spread are rounded to display precision, and so
 * the deviations are differences with the rounded reference: the unrounded mean can never be
 * worked back from own value and deviation.
 *
 * @param own the organisation's own value; empty only for an undefined derived indicator
 * @param referenceSize how many reference organisations have a value for this figure (the n behind
 *     it); for a derived indicator only those for which it is defined
 * @param referenceMean mean of the reference organisations' values; present exactly when {@code
 *     protection} is {@link Protection#SHOWN}
 * @param referenceSpread quartiles of those values; only with a mean, and only over enough
 *     organisations (see {@link DisclosureRules#minimumSpreadSize})
 * @param protection why no reference is shown, or {@link Protection#SHOWN}
 */
public record ComparisonLine(
        FigureId figure,
        Optional<BigDecimal> own,
        int referenceSize,
        Optional<BigDecimal> referenceMean,
        Optional<Spread> referenceSpread,
        Protection protection) {

    public ComparisonLine {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(referenceMean, "referenceMean");
        Objects.requireNonNull(referenceSpread, "referenceSpread");
        Objects.requireNonNull(protection, "protection");
        if (referenceMean.isPresent() != (protection == Protection.SHOWN)) {
            throw new IllegalArgumentException("A reference mean is there exactly when it is shown, for " + figure);
        }
        if (referenceSpread.isPresent() && referenceMean.isEmpty()) {
            throw new IllegalArgumentException("A spread needs a reference mean, for " + figure);
        }
    }

    static ComparisonLine withoutReference(FigureId figure, BigDecimal own, int referenceSize, Protection why) {
        return new ComparisonLine(
                figure, Optional.ofNullable(own), referenceSize, Optional.empty(), Optional.empty(), why);
    }

    static ComparisonLine withReference(
            FigureId figure, BigDecimal own, int referenceSize, BigDecimal mean, Spread spread) {
        return new ComparisonLine(
                figure,
                Optional.ofNullable(own),
                referenceSize,
                Optional.of(mean),
                Optional.ofNullable(spread),
                Protection.SHOWN);
    }

    public boolean hasReference() {
        return referenceMean.isPresent();
    }

    /** The same line with its reference withheld for {@code why}; the n behind it stays. */
    public ComparisonLine withheld(Protection why) {
        if (why == Protection.SHOWN) {
            throw new IllegalArgumentException("Withholding needs a reason");
        }
        return hasReference() ? withoutReference(figure, own.orElse(null), referenceSize, why) : this;
    }

    /** Reference mean and quartiles rounded half away from zero to {@code scale} decimals. */
    ComparisonLine rounded(int scale) {
        return new ComparisonLine(
                figure,
                own,
                referenceSize,
                referenceMean.map(mean -> Decimals.rounded(mean, scale)),
                referenceSpread.map(spread -> spread.rounded(scale)),
                protection);
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
