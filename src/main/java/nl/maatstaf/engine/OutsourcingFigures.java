package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A group's "kosten taken belegd bij derden" line; euros only, so it has no fte.
 *
 * @param unknown why the line has no amount; then {@code cost} is 0 and stands for nothing
 */
public record OutsourcingFigures(BigDecimal cost, BigDecimal costPerUnit, Optional<Unknown> unknown) {

    public OutsourcingFigures {
        unknown = unknown == null ? Optional.empty() : unknown;
    }

    public OutsourcingFigures(BigDecimal cost, BigDecimal costPerUnit) {
        this(cost, costPerUnit, Optional.empty());
    }

    public boolean known() {
        return unknown.isEmpty();
    }
}
