package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A derived indicator of one organisation, with the numerator and denominator it was computed
 * from. The value is empty when an input is missing or the denominator is 0.
 */
public record DerivedIndicatorValue(
        String code, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator, Optional<BigDecimal> value) {}
