package nl.maatstaf.submission;

import java.util.List;

/**
 * One outcome of validation, rendered later in the user's language.
 *
 * @param rule names the message ({@code submission.rule.<rule>}) and, with the subject, the warning
 * @param fieldKey the field the finding is shown at and linked to
 * @param subject what the message is about: a field key, a task ({@code A.<TASK>}) or {@link #TOTAL}
 * @param args values for the message after the subject's name, already formatted in Dutch
 * @param detailKey a message key explaining why a text could not be read as a number, or null
 */
record Finding(Severity severity, String rule, String fieldKey, String subject, List<String> args, String detailKey) {

    static final String TOTAL = "TOTAAL";

    Finding {
        args = List.copyOf(args);
    }

    static Finding error(String rule, String fieldKey, String... args) {
        return new Finding(Severity.ERROR, rule, fieldKey, fieldKey, List.of(args), null);
    }

    static Finding warning(String rule, String fieldKey, String subject, String... args) {
        return new Finding(Severity.WARNING, rule, fieldKey, subject, List.of(args), null);
    }

    /**
     * The stable name of a warning, under which its explanation is stored: the same warning on
     * the same subject keeps its explanation across saves and versions.
     */
    String warningKey() {
        return rule + ":" + subject;
    }

    String messageKey() {
        return "submission.rule." + rule;
    }
}
