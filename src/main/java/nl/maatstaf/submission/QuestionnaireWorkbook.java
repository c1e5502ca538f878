package nl.maatstaf.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.LocalizedText;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.common.DutchTime;
import org.dhatim.fastexcel.ProtectionOption;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a module's questionnaire as an Excel workbook, pre-filled with the stored draft: an
 * information sheet and one sheet per part, a row per field with its definition beside it and
 * its key in the last column. Only the value cells are unlocked.
 */
@Component
class QuestionnaireWorkbook {

    private static final String AMOUNT_FORMAT = "#,##0";
    private static final String DECIMAL_FORMAT = "#,##0.0##";
    private static final String HEADER_FILL = "DCE6F0";
    private static final String INPUT_FILL = "FFF8DC";
    /** Sheet protection guards the layout against slips, not against anyone: the password is no secret. */
    private static final String LAYOUT_PASSWORD = "maatstaf";

    private final MessageSource messages;
    private final Clock clock;

    QuestionnaireWorkbook(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    static String fileName(SubmissionTarget target) {
        return "vragenlijst-" + target.catalog().slug() + "-" + target.catalog().year() + ".xlsx";
    }

    byte[] write(SubmissionTarget target, Draft draft, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Maatstaf", "1.0");
            writeInfo(workbook.newWorksheet(WorkbookLayout.infoSheet(messages)), target, locale);
            Questionnaire questionnaire = target.questionnaire();
            writePartA(workbook.newWorksheet(WorkbookLayout.sheet(Part.A, messages)), questionnaire, draft, locale);
            writeIndicators(
                    workbook.newWorksheet(WorkbookLayout.sheet(Part.B, messages)),
                    questionnaire.catalog().indicators(),
                    Part.B,
                    questionnaire,
                    draft,
                    locale);
            if (questionnaire.catalog().hasFinance()) {
                writeIndicators(
                        workbook.newWorksheet(WorkbookLayout.sheet(Part.C, messages)),
                        questionnaire.catalog().finance(),
                        Part.C,
                        questionnaire,
                        draft,
                        locale);
            }
            writeDetails(workbook.newWorksheet(WorkbookLayout.detailsSheet(messages)), questionnaire, draft, locale);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeInfo(Worksheet sheet, SubmissionTarget target, Locale locale) {
        ModuleCatalog catalog = target.catalog();
        sheet.width(0, 22);
        sheet.width(1, 90);
        sheet.value(
                0,
                0,
                text("submission.workbook.info.title", locale, catalog.name().in(locale), catalog.year()));
        sheet.style(0, 0).bold().fontSize(14).set();
        infoLine(
                sheet,
                2,
                "submission.workbook.info.organisation",
                target.organisation().name(),
                locale);
        infoLine(sheet, 3, "submission.workbook.info.module", catalog.name().in(locale), locale);
        infoLine(
                sheet,
                WorkbookLayout.INFO_MODULE_CODE_ROW,
                "submission.workbook.info.moduleCode",
                catalog.code(),
                locale);
        sheet.value(WorkbookLayout.INFO_YEAR_ROW, 0, text("submission.workbook.info.year", locale));
        sheet.value(WorkbookLayout.INFO_YEAR_ROW, WorkbookLayout.INFO_VALUE_COLUMN, catalog.year());
        sheet.style(WorkbookLayout.INFO_YEAR_ROW, WorkbookLayout.INFO_VALUE_COLUMN)
                .format("0")
                .horizontalAlignment("left")
                .set();
        infoLine(
                sheet,
                6,
                "submission.workbook.info.catalogue",
                WorkbookLayout.catalogueVersion(target.questionnaire()),
                locale);
        infoLine(sheet, 7, "submission.workbook.info.made", DutchTime.format(clock.instant()), locale);
        if (target.organisation().code() != null) {
            infoLine(
                    sheet,
                    WorkbookLayout.INFO_ORGANISATION_CODE_ROW,
                    "submission.workbook.info.organisationCode",
                    target.organisation().code(),
                    locale);
        }
        sheet.value(9, 0, text("submission.workbook.info.instructions", locale));
        sheet.style(9, 0).bold().set();
        for (int i = 1; i <= 4; i++) {
            sheet.value(9 + i, 0, i + ".");
            sheet.value(9 + i, 1, text("submission.workbook.info.instruction" + i, locale));
            sheet.style(9 + i, 1).wrapText(true).set();
        }
        sheet.protect(LAYOUT_PASSWORD);
    }

    private void infoLine(Worksheet sheet, int row, String labelKey, String value, Locale locale) {
        sheet.value(row, 0, text(labelKey, locale));
        sheet.value(row, WorkbookLayout.INFO_VALUE_COLUMN, value);
    }

    private void writePartA(Worksheet sheet, Questionnaire questionnaire, Draft draft, Locale locale) {
        header(sheet, locale);
        int row = 1;
        for (TaskGroup group : questionnaire.catalog().groups()) {
            String groupKey = FieldKeys.group(group.code());
            line(
                    sheet,
                    row++,
                    questionnaire.field(groupKey).orElseThrow(),
                    group.name().in(locale),
                    text("submission.field.groep", locale),
                    text("submission.workbook.unit.marker", locale),
                    new LocalizedText(
                            text("submission.workbook.groupMarker", Locale.forLanguageTag("nl")),
                            text("submission.workbook.groupMarker", Locale.ENGLISH)),
                    draft,
                    locale);
            for (Task task : group.tasks()) {
                for (TaskField field : TaskField.values()) {
                    String key = FieldKeys.task(task.code(), field);
                    line(
                            sheet,
                            row++,
                            questionnaire.field(key).orElseThrow(),
                            task.name().in(locale),
                            text("submission.field." + field.key(), locale),
                            text(
                                    field == TaskField.FTE || field == TaskField.FTE_DERDEN
                                            ? "submission.workbook.unit.fte"
                                            : "submission.workbook.unit.euro",
                                    locale),
                            task.definition(),
                            draft,
                            locale);
                }
            }
            String key = FieldKeys.outsourcing(group.code());
            line(
                    sheet,
                    row++,
                    questionnaire.field(key).orElseThrow(),
                    group.name().in(locale),
                    text("submission.field.uitbesteed", locale),
                    text("submission.workbook.unit.euro", locale),
                    group.outsourcingDefinition(),
                    draft,
                    locale);
            if (questionnaire.cooperation()) {
                row = memberCapacityLines(sheet, row, questionnaire, group, draft, locale);
            }
        }
        finishPartSheet(sheet);
    }

    /** The cooperation's sub-line of the group: fte, cost and description at the member municipalities. */
    private int memberCapacityLines(
            Worksheet sheet, int row, Questionnaire questionnaire, TaskGroup group, Draft draft, Locale locale) {
        String[][] lines = {
            {FieldKeys.memberFte(group.code()), "submission.workbook.unit.fte"},
            {FieldKeys.memberCost(group.code()), "submission.workbook.unit.euro"},
            {FieldKeys.memberDescription(group.code()), "submission.workbook.unit.text"}
        };
        int next = row;
        for (String[] line : lines) {
            QuestionnaireField field = questionnaire.field(line[0]).orElseThrow();
            line(
                    sheet,
                    next++,
                    field,
                    group.name().in(locale),
                    text("submission.field." + field.aspectKey(), locale),
                    text(line[1], locale),
                    new LocalizedText(text("submission.memberCapacity.definition", locale), null),
                    draft,
                    locale);
        }
        return next;
    }

    private void writeIndicators(
            Worksheet sheet,
            Iterable<Indicator> items,
            Part part,
            Questionnaire questionnaire,
            Draft draft,
            Locale locale) {
        header(sheet, locale);
        int row = 1;
        for (Indicator item : items) {
            String key = part == Part.B ? FieldKeys.indicator(item.code()) : FieldKeys.finance(item.code());
            line(
                    sheet,
                    row++,
                    questionnaire.field(key).orElseThrow(),
                    item.name().in(locale),
                    "",
                    item.unit() == null ? "" : item.unit().in(locale),
                    item.definition(),
                    draft,
                    locale);
        }
        finishPartSheet(sheet);
    }

    private void header(Worksheet sheet, Locale locale) {
        String[] keys = {"owner", "aspect", "value", "unit", "definition", "key"};
        for (int column = 0; column < keys.length; column++) {
            sheet.value(0, column, text("submission.workbook.column." + keys[column], locale));
            sheet.style(0, column).bold().fillColor(HEADER_FILL).set();
        }
        sheet.width(WorkbookLayout.OWNER, 38);
        sheet.width(WorkbookLayout.ASPECT, 26);
        sheet.width(WorkbookLayout.VALUE, 16);
        sheet.width(WorkbookLayout.UNIT, 14);
        sheet.width(WorkbookLayout.DEFINITION, 80);
        sheet.width(WorkbookLayout.KEY, 34);
        sheet.freezePane(0, 1);
    }

    private void line(
            Worksheet sheet,
            int row,
            QuestionnaireField field,
            String owner,
            String aspect,
            String unit,
            LocalizedText definition,
            Draft draft,
            Locale locale) {
        sheet.value(row, WorkbookLayout.OWNER, owner);
        sheet.value(row, WorkbookLayout.ASPECT, aspect);
        StoredValue stored = draft.values().get(field.key());
        if (stored != null && stored.number() != null) {
            sheet.value(
                    row,
                    WorkbookLayout.VALUE,
                    new BigDecimal(stored.number().stripTrailingZeros().toPlainString()));
        } else if (stored != null) {
            // Text that could not be read stays visible, so the participant can correct it here.
            sheet.value(row, WorkbookLayout.VALUE, stored.raw());
        }
        sheet.style(row, WorkbookLayout.VALUE)
                .format(numberFormat(field.type()))
                .fillColor(INPUT_FILL)
                .protectionOption(ProtectionOption.LOCKED, false)
                .set();
        sheet.value(row, WorkbookLayout.UNIT, unit);
        if (definition != null) {
            sheet.value(row, WorkbookLayout.DEFINITION, definition.in(locale));
        }
        sheet.style(row, WorkbookLayout.DEFINITION)
                .wrapText(true)
                .verticalAlignment("top")
                .set();
        sheet.value(row, WorkbookLayout.KEY, field.key());
        sheet.style(row, WorkbookLayout.KEY).fontColor("808080").set();
    }

    /**
     * The basis with its peildatum (B1, B2) and the correction lines on hired staff from row 5:
     * task code, kind, amount, reason. Empty lines are there to be filled in; the task codes are
     * listed beside them.
     */
    private void writeDetails(Worksheet sheet, Questionnaire questionnaire, Draft draft, Locale locale) {
        DraftDetails details = draft.details();
        sheet.width(0, 34);
        sheet.width(1, 30);
        sheet.width(2, 14);
        sheet.width(3, 60);
        sheet.width(5, 18);
        sheet.width(6, 50);
        sheet.value(WorkbookLayout.DETAILS_BASIS_ROW, 0, text("submission.workbook.details.basis", locale));
        sheet.value(WorkbookLayout.DETAILS_BASIS_ROW, 1, details.chosenBasis().name());
        sheet.value(WorkbookLayout.DETAILS_PEILDATUM_ROW, 0, text("submission.workbook.details.peildatum", locale));
        if (details.peildatum() != null) {
            sheet.value(WorkbookLayout.DETAILS_PEILDATUM_ROW, 1, details.peildatum());
        }
        for (int row = WorkbookLayout.DETAILS_BASIS_ROW; row <= WorkbookLayout.DETAILS_PEILDATUM_ROW; row++) {
            sheet.style(row, 1).fillColor(INPUT_FILL).set();
        }
        String[] headers = {"task", "kind", "amount", "reason"};
        for (int column = 0; column < headers.length; column++) {
            sheet.value(
                    WorkbookLayout.DETAILS_HEADER_ROW,
                    column,
                    text("submission.workbook.details.column." + headers[column], locale));
            sheet.style(WorkbookLayout.DETAILS_HEADER_ROW, column)
                    .bold()
                    .fillColor(HEADER_FILL)
                    .set();
        }
        int row = WorkbookLayout.DETAILS_HEADER_ROW + 1;
        for (DraftDetails.Line line : details.corrections()) {
            String[] cells = {line.taskCode(), line.kind(), line.amount(), line.reason()};
            for (int column = 0; column < cells.length; column++) {
                if (cells[column] != null) {
                    sheet.value(row, column, cells[column]);
                }
            }
            row++;
        }
        int last = row + WorkbookLayout.DETAILS_EMPTY_LINES;
        for (; row < last; row++) {
            for (int column = 0; column < 4; column++) {
                sheet.style(row, column).fillColor(INPUT_FILL).set();
            }
        }
        sheet.value(WorkbookLayout.DETAILS_HEADER_ROW, 5, text("submission.workbook.details.column.taskCode", locale));
        sheet.value(WorkbookLayout.DETAILS_HEADER_ROW, 6, text("submission.workbook.details.column.taskName", locale));
        int codeRow = WorkbookLayout.DETAILS_HEADER_ROW + 1;
        for (Task task : (Iterable<Task>) questionnaire.catalog().tasks()::iterator) {
            sheet.value(codeRow, 5, task.code());
            sheet.value(codeRow, 6, task.name().in(locale));
            codeRow++;
        }
    }

    private static void finishPartSheet(Worksheet sheet) {
        sheet.protect(LAYOUT_PASSWORD);
    }

    private static String numberFormat(FieldType type) {
        return switch (type) {
            case AMOUNT, COUNT, YESNO, GROUP_MARKER -> AMOUNT_FORMAT;
            case FTE, NUMBER, PERCENTAGE, YEARS -> DECIMAL_FORMAT;
            case TEXT -> "@";
        };
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
