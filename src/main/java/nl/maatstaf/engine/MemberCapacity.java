package nl.maatstaf.engine;

import java.math.BigDecimal;

/**
 * Capacity a cooperation's member municipalities still hold themselves for one task group (policy
 * staff at the municipalities, a municipal front desk): fte and cost. It counts in the group's
 * figures but has no reference of its own. A field left empty means 0.
 */
public record MemberCapacity(BigDecimal fte, BigDecimal cost) {

    public MemberCapacity {
        fte = Decimals.orZero(fte);
        cost = Decimals.orZero(cost);
    }
}
