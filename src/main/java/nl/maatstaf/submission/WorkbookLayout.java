package nl.maatstaf.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Where things are in a questionnaire workbook. The writer and the reader share these positions;
 * the reader never trusts them blindly but checks sheet names, module, year and every row's key.
 */
final class WorkbookLayout {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Columns of a part sheet (0-based). */
    static final int OWNER = 0;

    static final int ASPECT = 1;
    static final int VALUE = 2;
    static final int UNIT = 3;
    static final int DEFINITION = 4;
    static final int KEY = 5;

    /** Rows of the information sheet (0-based): module code in B5 and peiljaar in B6. */
    static final int INFO_MODULE_CODE_ROW = 4;

    static final int INFO_YEAR_ROW = 5;

    /** The organisation's code in B9, so a workbook of another organisation is recognised. */
    static final int INFO_ORGANISATION_CODE_ROW = 8;

    static final int INFO_VALUE_COLUMN = 1;

    /** The basis and correction sheet: basis in B1, peildatum in B2, correction lines below row 4. */
    static final int DETAILS_BASIS_ROW = 0;

    static final int DETAILS_PEILDATUM_ROW = 1;
    static final int DETAILS_HEADER_ROW = 3;
    /** Empty correction lines offered to fill in. */
    static final int DETAILS_EMPTY_LINES = 10;

    /** More rows than any catalogue has; a sheet longer than this is not ours. */
    static final int MAX_ROWS = 5000;

    private WorkbookLayout() {}

    /**
     * Sheet names are always the Dutch ones: a workbook downloaded in one language must upload in
     * the other. Everything else in the workbook follows the user's language.
     */
    private static final Locale SHEET_NAMES = Locale.forLanguageTag("nl-NL");

    static String infoSheet(MessageSource messages) {
        return messages.getMessage("submission.workbook.sheet.info", null, SHEET_NAMES);
    }

    static String sheet(Part part, MessageSource messages) {
        return messages.getMessage("submission.workbook.sheet." + part.name(), null, SHEET_NAMES);
    }

    static String detailsSheet(MessageSource messages) {
        return messages.getMessage("submission.workbook.sheet.details", null, SHEET_NAMES);
    }

    /** Excel's name of a cell, e.g. C12, from 0-based row and column. */
    static String cell(int row, int column) {
        return String.valueOf((char) ('A' + column)) + (row + 1);
    }

    static String place(String sheet, int row, int column) {
        return sheet + "!" + cell(row, column);
    }

    /** A short fingerprint of the fields asked, so two workbooks of one catalogue say the same. */
    static String catalogueVersion(Questionnaire questionnaire) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (QuestionnaireField field : questionnaire.fields()) {
                digest.update((field.key() + ":" + field.type() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return questionnaire.catalog().year() + "-"
                    + HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
