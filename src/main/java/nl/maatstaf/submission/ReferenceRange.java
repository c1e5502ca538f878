package nl.maatstaf.submission;

import java.math.BigDecimal;

/**
 * The usual range of total cost per hoofdfactor, taken from a published benchmark: never from
 * other organisations' live or unpublished figures (decision 0009).
 */
record ReferenceRange(BigDecimal lower, BigDecimal upper, int size, int year) {

    static ReferenceRange of(PublishedCostBands.Band band) {
        return new ReferenceRange(band.lower(), band.upper(), band.size(), band.year());
    }
}
