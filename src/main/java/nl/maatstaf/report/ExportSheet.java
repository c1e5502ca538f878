package nl.maatstaf.report;

import java.util.List;

/**
 * One sheet of the Excel export and one section of the CSV export, so both carry the same rows.
 *
 * @param name the sheet name (at most 31 characters)
 * @param rows the first row is the header row, unless {@code header} is false
 */
record ExportSheet(String name, boolean header, List<List<ExportCell>> rows) {

    ExportSheet {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
