package nl.maatstaf.exchange;

/**
 * One value read from a bulk file, as written there.
 *
 * @param row the CSV line number, or the 1-based position of the submission in a JSON file
 * @param field the field key, or null for a JSON submission without values (it still counts)
 * @param raw the value as Dutch text, as the questionnaire would receive it
 * @param quoted a JSON string rather than a JSON number: only a text field takes one
 */
record BulkEntry(int row, String organisation, String module, String field, String raw, boolean quoted) {

    BulkEntry(int row, String organisation, String module, String field, String raw) {
        this(row, organisation, module, field, raw, false);
    }
}
