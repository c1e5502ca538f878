package nl.maatstaf.exchange;

import java.util.List;

/**
 * A bulk file as read: its values and whatever made parts of it unreadable. A file with problems
 * is never imported, not even in part.
 *
 * @param year the peiljaar the file names (JSON), or null when it names none (CSV)
 */
record BulkFile(BulkFormat format, Integer year, List<BulkEntry> entries, List<BulkProblem> problems) {

    BulkFile {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
