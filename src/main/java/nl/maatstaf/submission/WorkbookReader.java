package nl.maatstaf.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.common.DutchNumbers;
import nl.maatstaf.common.ParsedNumber;
import nl.maatstaf.organisation.Organisation;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded questionnaire workbook and checks every cell before anything is used: the
 * file type, the information sheet (module and peiljaar), the sheet names, every row's key and
 * every value cell (no formulas, dates, booleans, error values or unreadable text). Rows are
 * matched by key, never by position. Problems are named by sheet and cell.
 */
@Component
class WorkbookReader {

    /** The zip header a workbook starts with; anything shorter cannot be one. */
    static final int SHORTEST_WORKBOOK = 8;

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);
    /** Excel's built-in date and time formats. */
    private static final Set<Integer> DATE_FORMAT_IDS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    private final MessageSource messages;
    private final FindingMessages findingMessages;

    WorkbookReader(MessageSource messages, FindingMessages findingMessages) {
        this.messages = messages;
        this.findingMessages = findingMessages;
    }

    /** @param organisation the organisation uploading; a workbook naming another one is refused */
    WorkbookReading read(byte[] content, Questionnaire questionnaire, Organisation organisation, Locale locale) {
        if (content.length < SHORTEST_WORKBOOK) {
            // The header checks below read eight bytes and fail on fewer.
            return refused("submission.workbook.error.notXlsx", locale);
        }
        byte[] head = Arrays.copyOf(content, SHORTEST_WORKBOOK);
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            return refused(
                    ReadableWorkbook.isOLE2Header(head)
                            ? "submission.workbook.error.oldExcel"
                            : "submission.workbook.error.notXlsx",
                    locale);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), OPTIONS)) {
            return read(workbook, questionnaire, organisation, locale);
        } catch (IOException | RuntimeException unreadable) {
            // A damaged or foreign zip (a Word file, a renamed archive) fails somewhere in parsing.
            return refused("submission.workbook.error.unreadable", locale);
        }
    }

    private WorkbookReading read(
            ReadableWorkbook workbook, Questionnaire questionnaire, Organisation organisation, Locale locale)
            throws IOException {
        ModuleCatalog catalog = questionnaire.catalog();
        List<WorkbookProblem> problems = new ArrayList<>();
        String infoName = WorkbookLayout.infoSheet(messages);
        Optional<Sheet> info = workbook.findSheet(infoName);
        if (info.isEmpty()) {
            return WorkbookReading.refused(List.of(
                    new WorkbookProblem(null, text("submission.workbook.error.infoMissing", locale, infoName))));
        }
        List<Row> infoRows = rows(info.get());
        checkOrganisation(infoRows, infoName, organisation, problems, locale);
        checkModuleAndYear(infoRows, infoName, catalog, problems, locale);
        if (!problems.isEmpty()) {
            // A workbook of another organisation, module or year: its cells would only add noise.
            return WorkbookReading.refused(problems);
        }

        Map<Part, String> expected = new LinkedHashMap<>();
        expected.put(Part.A, WorkbookLayout.sheet(Part.A, messages));
        expected.put(Part.B, WorkbookLayout.sheet(Part.B, messages));
        if (catalog.hasFinance()) {
            expected.put(Part.C, WorkbookLayout.sheet(Part.C, messages));
        }
        String detailsName = WorkbookLayout.detailsSheet(messages);
        List<Sheet> sheets = workbook.getSheets().toList();
        for (Sheet sheet : sheets) {
            if (!sheet.getName().equals(infoName)
                    && !sheet.getName().equals(detailsName)
                    && !expected.containsValue(sheet.getName())) {
                problems.add(new WorkbookProblem(
                        sheet.getName(), text("submission.workbook.error.sheetUnknown", locale, sheet.getName())));
            }
        }

        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        Set<Part> present = new HashSet<>();
        for (Map.Entry<Part, String> part : expected.entrySet()) {
            Optional<Sheet> sheet = workbook.findSheet(part.getValue());
            if (sheet.isEmpty()) {
                problems.add(new WorkbookProblem(
                        part.getValue(), text("submission.workbook.error.sheetMissing", locale, part.getValue())));
                continue;
            }
            present.add(part.getKey());
            readPart(
                    rows(sheet.get()),
                    part.getKey(),
                    part.getValue(),
                    expected,
                    questionnaire,
                    values,
                    places,
                    problems,
                    locale);
        }
        for (QuestionnaireField field : questionnaire.fields()) {
            // A workbook from before capacity at member municipalities was asked, or before groups could
            // be marked unknown, leaves those fields as they are.
            if (present.contains(field.part())
                    && !places.containsKey(field.key())
                    && !FieldKeys.isMemberCapacity(field.key())
                    && field.type() != FieldType.GROUP_MARKER) {
                String sheetName = expected.get(field.part());
                problems.add(new WorkbookProblem(
                        sheetName,
                        text(
                                "submission.workbook.error.rowMissing",
                                locale,
                                sheetName,
                                findingMessages.fieldLabel(questionnaire, field.key(), locale))));
            }
        }
        // Workbooks made before the basis and corrections were asked have no such sheet.
        Optional<Sheet> detailsSheet = workbook.findSheet(detailsName);
        DraftDetails details = detailsSheet.isEmpty()
                ? null
                : readDetails(rows(detailsSheet.get()), detailsName, questionnaire, places, problems, locale);
        if (!problems.isEmpty()) {
            return new WorkbookReading(Map.of(), places, problems);
        }
        return new WorkbookReading(values, places, List.of(), details);
    }

    /** The basis, peildatum and correction lines; unknown codes are problems at their cell. */
    private DraftDetails readDetails(
            List<Row> rows,
            String sheetName,
            Questionnaire questionnaire,
            Map<String, String> places,
            List<WorkbookProblem> problems,
            Locale locale) {
        String basis = cellText(rows, WorkbookLayout.DETAILS_BASIS_ROW, 1);
        if (!basis.isEmpty() && Basis.parse(basis) == null) {
            String place = WorkbookLayout.place(sheetName, WorkbookLayout.DETAILS_BASIS_ROW, 1);
            problems.add(
                    new WorkbookProblem(place, text("submission.workbook.error.basis", locale, place, shorten(basis))));
        }
        String peildatum = dateText(rows, WorkbookLayout.DETAILS_PEILDATUM_ROW, 1);
        places.put(
                DetailsValidator.PEILDATUM_FIELD,
                WorkbookLayout.place(sheetName, WorkbookLayout.DETAILS_PEILDATUM_ROW, 1));
        List<DraftDetails.Line> lines = new ArrayList<>();
        Map<String, Integer> lineNumbers = new LinkedHashMap<>();
        int lastRow = rows.stream().mapToInt(r -> r.getRowNum() - 1).max().orElse(0);
        for (int index = WorkbookLayout.DETAILS_HEADER_ROW + 1; index <= lastRow; index++) {
            String task = cellText(rows, index, 0);
            String kind = cellText(rows, index, 1);
            String amount = cellText(rows, index, 2);
            String reason = cellText(rows, index, 3);
            if (task.isEmpty() && kind.isEmpty() && amount.isEmpty() && reason.isEmpty()) {
                continue;
            }
            if (questionnaire.catalog().task(task).isEmpty()) {
                String place = WorkbookLayout.place(sheetName, index, 0);
                problems.add(new WorkbookProblem(
                        place, text("submission.workbook.error.correctionTask", locale, place, shorten(task))));
                continue;
            }
            if (!kind.isEmpty() && CorrectionKind.parse(kind) == null) {
                String place = WorkbookLayout.place(sheetName, index, 1);
                problems.add(new WorkbookProblem(
                        place, text("submission.workbook.error.correctionKind", locale, place, shorten(kind))));
                continue;
            }
            int no = lineNumbers.merge(task, 1, Integer::sum);
            places.put(DetailsValidator.correctionField(task, no, "soort"), WorkbookLayout.place(sheetName, index, 1));
            places.put(DetailsValidator.correctionField(task, no, "bedrag"), WorkbookLayout.place(sheetName, index, 2));
            places.put(DetailsValidator.correctionField(task, no, "reden"), WorkbookLayout.place(sheetName, index, 3));
            CorrectionKind parsed = CorrectionKind.parse(kind);
            lines.add(new DraftDetails.Line(task, parsed == null ? null : parsed.name(), amount, reason));
        }
        return new DraftDetails(
                basis.isEmpty()
                        ? null
                        : Basis.parse(basis) == null ? null : Basis.parse(basis).name(),
                peildatum,
                lines);
    }

    /** A date cell as 1-1-2026; any other cell as its text. */
    private static String dateText(List<Row> rows, int index, int column) {
        for (Row row : rows) {
            if (row.getRowNum() - 1 == index) {
                Optional<Cell> cell = row.getOptionalCell(column);
                if (cell.isPresent() && cell.get().getType() == CellType.NUMBER && isDate(cell.get())) {
                    return DetailsValidator.shown(cell.get().asDate().toLocalDate());
                }
            }
        }
        return cellText(rows, index, column);
    }

    /**
     * A workbook names the organisation it was downloaded for (B9). Workbooks made before the code
     * was written there have none; they are checked by module and year only.
     */
    private void checkOrganisation(
            List<Row> rows, String infoName, Organisation organisation, List<WorkbookProblem> problems, Locale locale) {
        String code = cellText(rows, WorkbookLayout.INFO_ORGANISATION_CODE_ROW, WorkbookLayout.INFO_VALUE_COLUMN);
        if (code.isEmpty() || organisation.code() == null || code.equalsIgnoreCase(organisation.code())) {
            return;
        }
        String place = WorkbookLayout.place(
                infoName, WorkbookLayout.INFO_ORGANISATION_CODE_ROW, WorkbookLayout.INFO_VALUE_COLUMN);
        problems.add(new WorkbookProblem(
                place,
                text(
                        "submission.workbook.error.otherOrganisation",
                        locale,
                        place,
                        code,
                        organisation.name(),
                        organisation.code())));
    }

    private void checkModuleAndYear(
            List<Row> rows, String infoName, ModuleCatalog catalog, List<WorkbookProblem> problems, Locale locale) {
        String codePlace =
                WorkbookLayout.place(infoName, WorkbookLayout.INFO_MODULE_CODE_ROW, WorkbookLayout.INFO_VALUE_COLUMN);
        String code = cellText(rows, WorkbookLayout.INFO_MODULE_CODE_ROW, WorkbookLayout.INFO_VALUE_COLUMN);
        if (!catalog.code().equals(code)) {
            problems.add(new WorkbookProblem(
                    codePlace,
                    text(
                            "submission.workbook.error.otherModule",
                            locale,
                            codePlace,
                            code.isEmpty() ? "?" : code,
                            catalog.name().in(locale))));
        }
        String yearPlace =
                WorkbookLayout.place(infoName, WorkbookLayout.INFO_YEAR_ROW, WorkbookLayout.INFO_VALUE_COLUMN);
        String year = cellText(rows, WorkbookLayout.INFO_YEAR_ROW, WorkbookLayout.INFO_VALUE_COLUMN);
        if (!String.valueOf(catalog.year()).equals(year)) {
            problems.add(new WorkbookProblem(
                    yearPlace,
                    text(
                            "submission.workbook.error.otherYear",
                            locale,
                            yearPlace,
                            year.isEmpty() ? "?" : year,
                            catalog.year())));
        }
    }

    private void readPart(
            List<Row> rows,
            Part part,
            String sheetName,
            Map<Part, String> expected,
            Questionnaire questionnaire,
            Map<String, String> values,
            Map<String, String> places,
            List<WorkbookProblem> problems,
            Locale locale) {
        for (Row row : rows) {
            int index = row.getRowNum() - 1;
            if (index < 1) {
                continue;
            }
            String key = text(row.getOptionalCell(WorkbookLayout.KEY));
            Optional<Cell> value = row.getOptionalCell(WorkbookLayout.VALUE).filter(c -> c.getType() != CellType.EMPTY);
            String keyPlace = WorkbookLayout.place(sheetName, index, WorkbookLayout.KEY);
            String valuePlace = WorkbookLayout.place(sheetName, index, WorkbookLayout.VALUE);
            if (key.isEmpty()) {
                if (value.isPresent()) {
                    problems.add(new WorkbookProblem(
                            valuePlace, text("submission.workbook.error.valueWithoutKey", locale, valuePlace)));
                }
                continue;
            }
            Optional<QuestionnaireField> field = questionnaire.field(key);
            if (field.isEmpty() && questionnaire.refusesMemberCapacity(key)) {
                problems.add(new WorkbookProblem(
                        keyPlace,
                        text("submission.workbook.error.memberCapacityOnlyCooperation", locale, keyPlace, key)));
                continue;
            }
            if (field.isEmpty()) {
                problems.add(new WorkbookProblem(
                        keyPlace, text("submission.workbook.error.unknownKey", locale, keyPlace, key)));
                continue;
            }
            if (field.get().part() != part) {
                String belongs = expected.getOrDefault(
                        field.get().part(), field.get().part().name());
                problems.add(new WorkbookProblem(
                        keyPlace, text("submission.workbook.error.wrongSheet", locale, keyPlace, key, belongs)));
                continue;
            }
            if (places.containsKey(key)) {
                problems.add(new WorkbookProblem(
                        keyPlace, text("submission.workbook.error.duplicateKey", locale, keyPlace, key)));
                continue;
            }
            places.put(key, valuePlace);
            String label = findingMessages.fieldLabel(questionnaire, key, locale);
            if (value.isEmpty()) {
                values.put(key, null);
            } else {
                readValue(value.get(), field.get(), valuePlace, label, values, problems, locale);
            }
        }
    }

    private void readValue(
            Cell cell,
            QuestionnaireField field,
            String place,
            String label,
            Map<String, String> values,
            List<WorkbookProblem> problems,
            Locale locale) {
        switch (cell.getType()) {
            case NUMBER -> {
                if (isDate(cell)) {
                    problems.add(
                            new WorkbookProblem(place, text("submission.workbook.error.date", locale, place, label)));
                } else if (!DutchNumbers.withinBounds(cell.asNumber())) {
                    // A number cell holds the text of the file, so it may be 1E+50000000.
                    problems.add(new WorkbookProblem(
                            place,
                            text(
                                    "submission.workbook.error.tooManyDigits",
                                    locale,
                                    place,
                                    label,
                                    text(DutchNumbers.ERROR_TOO_MANY_DIGITS, locale, DutchNumbers.MAX_DIGITS))));
                } else {
                    values.put(field.key(), DutchFormat.forInput(cell.asNumber()));
                }
            }
            case STRING -> {
                String typed = cell.asString() == null ? "" : cell.asString().strip();
                if (typed.isEmpty()) {
                    values.put(field.key(), null);
                    return;
                }
                // A description is text, and so are "niet bekend" and "n.v.t." (validation decides
                // whether the field may say so).
                if (field.type().text() || ValueMarker.read(typed).isPresent()) {
                    values.put(field.key(), typed);
                    return;
                }
                ParsedNumber parsed = DutchNumbers.parse(typed, field.type().numberKind());
                if (parsed.isError()) {
                    problems.add(new WorkbookProblem(
                            place,
                            text(
                                    "submission.workbook.error.text",
                                    locale,
                                    place,
                                    label,
                                    shorten(typed),
                                    text(parsed.errorKey(), locale))));
                } else {
                    values.put(field.key(), typed);
                }
            }
            case FORMULA ->
                problems.add(
                        new WorkbookProblem(place, text("submission.workbook.error.formula", locale, place, label)));
            case BOOLEAN ->
                problems.add(
                        new WorkbookProblem(place, text("submission.workbook.error.boolean", locale, place, label)));
            case ERROR ->
                problems.add(new WorkbookProblem(
                        place,
                        text(
                                "submission.workbook.error.cellError",
                                locale,
                                place,
                                label,
                                String.valueOf(cell.getRawValue()))));
            case EMPTY -> values.put(field.key(), null);
        }
    }

    /** A number cell shown as a date or time: a built-in date format, or a custom one with d, m, y, h or s. */
    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMAT_IDS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\\\.", "")
                .toLowerCase(Locale.ROOT);
        return bare.matches(".*[dmyhs].*") && !bare.equals("general");
    }

    private static List<Row> rows(Sheet sheet) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            List<Row> list = rows.limit(WorkbookLayout.MAX_ROWS).toList();
            return list;
        }
    }

    private static String cellText(List<Row> rows, int index, int column) {
        for (Row row : rows) {
            if (row.getRowNum() - 1 == index) {
                Optional<Cell> cell = row.getOptionalCell(column);
                if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
                    BigDecimal number = cell.get().asNumber();
                    return DutchNumbers.withinBounds(number)
                            ? number.stripTrailingZeros().toPlainString()
                            : cell.get().getRawValue();
                }
                return text(cell);
            }
        }
        return "";
    }

    private static String text(Optional<Cell> cell) {
        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
            return "";
        }
        String text = cell.get().getText();
        return text == null ? "" : text.strip();
    }

    private static String shorten(String typed) {
        return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
    }

    private WorkbookReading refused(String key, Locale locale) {
        return WorkbookReading.refused(List.of(new WorkbookProblem(null, text(key, locale))));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
