package nl.maatstaf.exchange;

import java.util.List;

/**
 * Something wrong in a bulk file, named by message key so it can be shown in any language.
 *
 * @param row the CSV line or JSON position; 0 for the file as a whole
 */
record BulkProblem(int row, String organisation, String module, String field, String messageKey, List<Object> args) {

    BulkProblem {
        args = List.copyOf(args);
    }

    static BulkProblem ofFile(String messageKey, Object... args) {
        return new BulkProblem(0, null, null, null, messageKey, List.of(args));
    }

    static BulkProblem at(int row, String messageKey, Object... args) {
        return new BulkProblem(row, null, null, null, messageKey, List.of(args));
    }
}
