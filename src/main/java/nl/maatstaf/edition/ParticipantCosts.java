package nl.maatstaf.edition;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figure outliers are judged on, supplied by the module that computes figures: each approved
 * participant's total cost per hoofdfactor unit.
 */
public interface ParticipantCosts {

    /** @return by organisation id; empty when the module does not exist or nobody is approved */
    Map<Long, BigDecimal> totalCostPerUnit(int year, String moduleCode);
}
