package nl.maatstaf.submission;

/**
 * What validation found in imported figures, already as a sentence in the requested language.
 *
 * @param error true for an error (blocks the import), false for a warning (reported only)
 * @param fieldKey the field the finding is about (see {@link FieldKeys})
 */
public record ImportFinding(boolean error, String fieldKey, String message) {}
