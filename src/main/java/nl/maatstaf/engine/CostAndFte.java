package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Net cost and net fte of a task, a group or the whole organisation, absolute and relative to the
 * hoofdfactor N.
 *
 * @param cost net cost in euros
 * @param fte net fte
 * @param costPerUnit cost / N
 * @param ftePer100Units fte / N × 100
 */
public record CostAndFte(BigDecimal cost, BigDecimal fte, BigDecimal costPerUnit, BigDecimal ftePer100Units) {

    public CostAndFte {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(costPerUnit, "costPerUnit");
        Objects.requireNonNull(ftePer100Units, "ftePer100Units");
    }
}
