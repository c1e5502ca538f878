package nl.maatstaf.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The export as CSV for Dutch Excel: UTF-8 with a byte order mark, semicolons between fields,
 * decimal commas, CRLF line ends. Fields holding a semicolon, quote or line break are quoted, with
 * quotes doubled. Sheets follow each other as sections: the sheet name on a line of its own, its
 * rows, an empty line. Numbers are rounded half away from zero to two decimals (counts whole), without
 * thousands separators, so a spreadsheet reads them as numbers.
 */
final class CsvExport {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private CsvExport() {}

    static byte[] write(List<ExportSheet> sheets) {
        StringBuilder csv = new StringBuilder(BOM);
        boolean first = true;
        for (ExportSheet sheet : sheets) {
            if (!first) {
                csv.append(CRLF);
            }
            first = false;
            csv.append(field(sheet.name())).append(CRLF);
            for (List<ExportCell> row : sheet.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        csv.append(';');
                    }
                    csv.append(cell(row.get(i)));
                }
                csv.append(CRLF);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(ExportCell cell) {
        if (cell instanceof ExportCell.Number number) {
            return number(number);
        }
        return field(((ExportCell.Text) cell).value());
    }

    static String number(ExportCell.Number number) {
        int scale = number.kind() == ExportCell.Kind.COUNT ? 0 : 2;
        BigDecimal rounded = number.value().setScale(scale, RoundingMode.HALF_UP);
        return rounded.toPlainString().replace('.', ',');
    }

    static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
