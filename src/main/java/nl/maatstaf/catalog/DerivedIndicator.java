package nl.maatstaf.catalog;

import java.math.BigDecimal;

/** A figure computed from the questionnaire: numerator / denominator × factor. */
public record DerivedIndicator(
        String code,
        LocalizedText name,
        LocalizedText definition,
        String numerator,
        String denominator,
        BigDecimal factor,
        DisplayFormat format) {}
