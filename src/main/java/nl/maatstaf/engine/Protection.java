package nl.maatstaf.engine;

/**
 * Whether a reference figure may be shown, and if not, which disclosure rule withholds it
 * (decision 0009). Only {@link #SHOWN} lines carry a reference mean.
 */
public enum Protection {
    /** Shown: every rule holds. */
    SHOWN,
    /** Fewer than k reference organisations with a value ("te weinig referenties"). */
    TOO_FEW_REFERENCES,
    /** One or two organisations make up too large a share of the group's sum. */
    DOMINATED,
    /**
     * Withheld because another figure of the same sum is withheld, so that it cannot be worked
     * out as the total minus the figures shown.
     */
    COMPLEMENTARY,
    /**
     * Withheld because another reference group this organisation can choose (or saw in an earlier
     * publication) differs from this one by fewer than k organisations for this figure.
     */
    OVERLAPPING_GROUPS
}
