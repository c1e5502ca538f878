package nl.maatstaf.submission;

import java.math.BigDecimal;

/** The lowest and highest total cost per hoofdfactor among the approved other participants. */
record ReferenceRange(BigDecimal minimum, BigDecimal maximum, int size) {}
