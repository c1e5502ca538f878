package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the plausibility warning on the total cost per hoofdfactor compares with: the usual range
 * in the published edition of the module of the questionnaire's peiljaar, or else of the year before. Supplied by
 * the module that computes figures; only published aggregates, so a warning can never be used to
 * probe other organisations' values (decision 0009).
 */
public interface PublishedCostBands {

    /**
     * @param lower the lower Tukey fence of the published group, in whole euros
     * @param upper the upper Tukey fence, in whole euros
     * @param size the number of organisations it rests on
     * @param year the peiljaar of the publication
     */
    record Band(BigDecimal lower, BigDecimal upper, int size, int year) {}

    /** @return empty when no edition up to that year is published with enough organisations */
    Optional<Band> usualRange(int year, String moduleCode);
}
