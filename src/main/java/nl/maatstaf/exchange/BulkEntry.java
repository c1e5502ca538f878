package nl.maatstaf.exchange;

/**
 * One value read from a bulk file, as written there.
 *
 * @param row the CSV line number, or the 1-based position of the submission in a JSON file
 * @param field the field key, or null for a JSON submission without values (it still counts)
 * @param raw the value as Dutch text, as the questionnaire would receive it
 */
record BulkEntry(int row, String organisation, String module, String field, String raw) {}
