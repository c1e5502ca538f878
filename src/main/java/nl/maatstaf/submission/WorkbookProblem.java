package nl.maatstaf.submission;

/**
 * One thing wrong in an uploaded workbook, already in the user's language.
 *
 * @param place the sheet and cell, e.g. {@code Formatie en kosten!C12}; null for the whole file
 */
record WorkbookProblem(String place, String message) {}
