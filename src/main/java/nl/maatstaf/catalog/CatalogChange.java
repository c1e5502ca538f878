package nl.maatstaf.catalog;

/**
 * One difference between two versions of a catalogue document.
 *
 * @param field the place in the document, by code rather than position, e.g. {@code
 *     groups[UITVOERING].tasks[KCC].name.nl}
 * @param oldValue the value before (a whole item as JSON when it was removed), or null when added
 * @param newValue the value after (a whole item as JSON when it was added), or null when removed
 */
public record CatalogChange(String field, String oldValue, String newValue) {}
