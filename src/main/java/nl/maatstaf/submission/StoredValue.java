package nl.maatstaf.submission;

import java.math.BigDecimal;

/** A draft value: the text exactly as typed, and its number when it could be read. */
record StoredValue(String raw, BigDecimal number) {}
