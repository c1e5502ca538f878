package nl.maatstaf.exchange;

import java.util.List;

/**
 * The outcome of checking or importing a bulk file: one line per problem or warning, named by row,
 * organisation, module and field, and whether anything was stored (all or nothing).
 *
 * @param submissions the organisation-module combinations in the file
 * @param imported how many submissions were stored as new approved versions (0 unless all were valid)
 * @param enrolled how many of them were enrolled in their module by this import
 * @param lines at most {@link BulkExchange#MAX_REPORT_LINES}; the counts are complete
 */
record BulkReport(
        int year,
        BulkFormat format,
        boolean dryRun,
        int submissions,
        int imported,
        int enrolled,
        int errors,
        int warnings,
        List<Line> lines) {

    BulkReport {
        lines = List.copyOf(lines);
    }

    public boolean valid() {
        return errors == 0;
    }

    public boolean truncated() {
        return lines.size() < errors + warnings;
    }

    /** One reported finding; row 0 is the file as a whole. */
    record Line(int row, String organisation, String module, String field, boolean error, String message) {}
}
