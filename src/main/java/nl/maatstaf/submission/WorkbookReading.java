package nl.maatstaf.submission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an uploaded workbook says, or why it cannot be used.
 *
 * @param values field key → text to store (null: the cell is empty), for every field of the questionnaire
 * @param places field key → its value cell, e.g. {@code Werklastindicatoren!C3}
 * @param problems everything wrong with the structure or the cells; empty when the workbook is usable
 * @param details the basis and correction lines, or null from a workbook without their sheet
 */
record WorkbookReading(
        Map<String, String> values, Map<String, String> places, List<WorkbookProblem> problems, DraftDetails details) {

    WorkbookReading(Map<String, String> values, Map<String, String> places, List<WorkbookProblem> problems) {
        this(values, places, problems, null);
    }

    WorkbookReading {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        places = Collections.unmodifiableMap(new LinkedHashMap<>(places));
        problems = List.copyOf(problems);
    }

    static WorkbookReading refused(List<WorkbookProblem> problems) {
        return new WorkbookReading(Map.of(), Map.of(), problems);
    }

    boolean usable() {
        return problems.isEmpty();
    }
}
