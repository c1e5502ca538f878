package nl.maatstaf.engine;

/**
 * Why an input that was asked for has no number (spec §8: unknown is not zero). Both keep every
 * figure that depends on the input undetermined; they differ only in what the organisation said.
 */
public enum Unknown {
    /** The organisation does not know the figure (niet bekend). */
    NOT_KNOWN,
    /** The figure does not apply to the organisation (niet van toepassing). */
    NOT_APPLICABLE
}
