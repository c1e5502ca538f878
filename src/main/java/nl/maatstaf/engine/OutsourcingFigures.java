package nl.maatstaf.engine;

import java.math.BigDecimal;

/** A group's "kosten taken belegd bij derden" line; euros only, so it has no fte. */
public record OutsourcingFigures(BigDecimal cost, BigDecimal costPerUnit) {}
