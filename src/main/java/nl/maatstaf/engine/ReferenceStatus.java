package nl.maatstaf.engine;

/** Whether a comparison has reference values at all. */
public enum ReferenceStatus {
    /** The reference group has at least k members. */
    SUFFICIENT,
    /** Fewer than k reference organisations ("te weinig referenties"): no reference values. */
    INSUFFICIENT_REFERENCES
}
