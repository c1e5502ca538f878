package nl.maatstaf.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The export as an Excel workbook: one sheet per part, numbers as numeric cells holding the
 * engine's unrounded values with a display format (whole euros, two decimals, one decimal with %),
 * which Excel shows with the reader's own separators: in a Dutch Excel a decimal comma.
 */
final class ExcelExport {

    static final String EURO_FORMAT = "\"€\" #,##0;\"€\" -#,##0";
    static final String DECIMAL_FORMAT = "0.00";
    static final String PERCENT_FORMAT = "0.0\"%\"";
    static final String COUNT_FORMAT = "0";

    private ExcelExport() {}

    static byte[] write(List<ExportSheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Maatstaf", "1.0");
            for (ExportSheet sheet : sheets) {
                write(workbook.newWorksheet(sheet.name()), sheet);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet worksheet, ExportSheet sheet) {
        int columns = 0;
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<ExportCell> row = sheet.rows().get(r);
            columns = Math.max(columns, row.size());
            for (int c = 0; c < row.size(); c++) {
                ExportCell cell = row.get(c);
                if (cell instanceof ExportCell.Number number) {
                    worksheet.value(r, c, number.value());
                    worksheet.style(r, c).format(format(number.kind())).set();
                } else if (cell instanceof ExportCell.Text text && !text.value().isEmpty()) {
                    worksheet.value(r, c, text.value());
                }
            }
        }
        if (sheet.header() && !sheet.rows().isEmpty()) {
            worksheet.range(0, 0, 0, Math.max(0, columns - 1)).style().bold().set();
            worksheet.freezePane(0, 1);
        }
        worksheet.width(0, 24);
        if (columns > 2) {
            worksheet.width(2, 40);
        }
    }

    static String format(ExportCell.Kind kind) {
        return switch (kind) {
            case EURO -> EURO_FORMAT;
            case DECIMAL -> DECIMAL_FORMAT;
            case PERCENT -> PERCENT_FORMAT;
            case COUNT -> COUNT_FORMAT;
        };
    }
}
