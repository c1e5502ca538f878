package nl.maatstaf.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pasted or uploaded list of organisation codes: one per line, or CSV with the code in the first
 * column (separated by {@code ;}, {@code ,} or a tab). Blank lines are skipped, and so is a heading
 * in the first line, so a spreadsheet's export can be used as it is.
 */
final class EnrolmentList {

    private static final Set<String> HEADINGS = Set.of("code", "organisatiecode", "organisatie", "cbs-code");

    private EnrolmentList() {}

    /** A code with the number of its line (from 1), for naming it in a message. */
    record Line(int number, String code) {}

    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String[] rows = text.replace("\uFEFF", "").split("\\R", -1);
        for (int i = 0; i < rows.length; i++) {
            String code = firstField(rows[i]);
            if (code.isEmpty() || (i == 0 && HEADINGS.contains(code.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            lines.add(new Line(i + 1, code.toUpperCase(Locale.ROOT)));
        }
        return lines;
    }

    private static String firstField(String row) {
        String field = row.split("[;,\t]", 2)[0].strip();
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            field = field.substring(1, field.length() - 1).strip();
        }
        return field;
    }
}
