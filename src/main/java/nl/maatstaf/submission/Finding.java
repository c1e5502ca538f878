package nl.maatstaf.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * Rules whose warnings on one subject are one story and share one explanation: the net cost
     * and net fte of a task usually change together (a team moved, a task was reorganised), and
     * asking twice for the same sentence is the flooding users complained about.
     */
    private static final Map<String, String> SHARED_EXPLANATIONS =
            Map.of("netCostChange", "netChange", "netFteChange", "netChange");

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
        return SHARED_EXPLANATIONS.getOrDefault(rule, rule) + ":" + subject;
    }

    /**
     * The key an explanation stored under {@code storedKey} answers today. Explanations stored
     * before related warnings shared one ({@code netCostChange:A.KCC}) answer the shared key
     * ({@code netChange:A.KCC}); any other key is returned as it is.
     */
    static String currentWarningKey(String storedKey) {
        int colon = storedKey.indexOf(':');
        if (colon < 0) {
            return storedKey;
        }
        String shared = SHARED_EXPLANATIONS.get(storedKey.substring(0, colon));
        return shared == null ? storedKey : shared + storedKey.substring(colon);
    }

    /** The older keys an explanation under {@code warningKey} may still be stored under. */
    static List<String> formerWarningKeys(String warningKey) {
        int colon = warningKey.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        String group = warningKey.substring(0, colon);
        String subject = warningKey.substring(colon);
        return SHARED_EXPLANATIONS.entrySet().stream()
                .filter(e -> e.getValue().equals(group))
                .map(e -> e.getKey() + subject)
                .sorted()
                .toList();
    }

    /**
     * Stored explanations keyed as today: former keys mapped onto the shared key. An explanation
     * under the shared key itself wins; two former ones of the same subject are joined, so no
     * text a participant wrote disappears.
     */
    static Map<String, String> currentExplanations(Map<String, String> stored) {
        Map<String, String> current = new LinkedHashMap<>();
        stored.forEach((key, text) -> {
            if (currentWarningKey(key).equals(key)) {
                current.put(key, text);
            }
        });
        new TreeMap<>(stored).forEach((key, text) -> {
            String now = currentWarningKey(key);
            if (now.equals(key) || text == null || stored.containsKey(now)) {
                return;
            }
            current.merge(now, text, (a, b) -> a.equals(b) ? a : a + "\n\n" + b);
        });
        return current;
    }

    String messageKey() {
        return "submission.rule." + rule;
    }
}
