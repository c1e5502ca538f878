package nl.maatstaf.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A questionnaire workbook as a participant might hand it back: read from a downloaded file,
 * changed cell by cell (values, formulas, dates, renamed or deleted sheets and rows) and written
 * again with fastexcel. Rows are found by the field key in column F, as the application does.
 */
public final class WorkbookFiles {

    private static final int VALUE = 2;
    private static final int KEY = 5;

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    private record Formula(String expression) {}

    private WorkbookFiles() {}

    public static WorkbookFiles read(byte[] xlsx) {
        WorkbookFiles files = new WorkbookFiles();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(new ArrayList<>());
                    }
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getOptionalCell(c)
                                .map(WorkbookFiles::valueOf)
                                .orElse(null));
                    }
                    rows.add(cells);
                }
                files.sheets.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The value of a field's cell: a BigDecimal, a String or null. */
    public Object value(String key) {
        Place place = find(key);
        List<Object> row = sheets.get(place.sheet).get(place.row);
        return row.size() > VALUE ? row.get(VALUE) : null;
    }

    /** Where a field's value is, e.g. {@code Formatie en kosten!C12}. */
    public String place(String key) {
        Place place = find(key);
        return place.sheet + "!C" + (place.row + 1);
    }

    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** Sets a field's value: a number, a text, or null for an empty cell. */
    public WorkbookFiles set(String key, Object value) {
        Place place = find(key);
        put(place.sheet, place.row, VALUE, value instanceof Number n ? new BigDecimal(n.toString()) : value);
        return this;
    }

    public WorkbookFiles formula(String key, String expression) {
        Place place = find(key);
        put(place.sheet, place.row, VALUE, new Formula(expression));
        return this;
    }

    public WorkbookFiles date(String key, LocalDate date) {
        Place place = find(key);
        put(place.sheet, place.row, VALUE, date);
        return this;
    }

    /** Any cell, 0-based. */
    public WorkbookFiles cell(String sheet, int row, int column, Object value) {
        put(sheet, row, column, value);
        return this;
    }

    public WorkbookFiles renameSheet(String from, String to) {
        Map<String, List<List<Object>>> renamed = new LinkedHashMap<>();
        sheets.forEach((name, rows) -> renamed.put(name.equals(from) ? to : name, rows));
        sheets.clear();
        sheets.putAll(renamed);
        return this;
    }

    public WorkbookFiles removeSheet(String name) {
        sheets.remove(name);
        return this;
    }

    public WorkbookFiles removeRowOf(String key) {
        Place place = find(key);
        sheets.get(place.sheet).remove(place.row);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        write(worksheet, r, c, cells.get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof String text) {
            sheet.value(row, column, text);
        } else if (value instanceof BigDecimal number) {
            sheet.value(row, column, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(row, column, bool);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("dd-mm-yyyy").set();
        } else if (value instanceof Formula formula) {
            sheet.formula(row, column, formula.expression());
        }
    }

    private void put(String sheet, int row, int column, Object value) {
        List<List<Object>> rows = sheets.get(sheet);
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<Object> cells = rows.get(row);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
    }

    private Place find(String key) {
        for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
            List<List<Object>> rows = sheet.getValue();
            for (int r = 0; r < rows.size(); r++) {
                List<Object> cells = rows.get(r);
                if (cells.size() > KEY && key.equals(cells.get(KEY))) {
                    return new Place(sheet.getKey(), r);
                }
            }
        }
        throw new IllegalArgumentException("No row for " + key);
    }

    private record Place(String sheet, int row) {}

    private static Object valueOf(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber();
        }
        if (cell.getType() == CellType.STRING) {
            return cell.asString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return cell.asBoolean();
        }
        return null;
    }
}
