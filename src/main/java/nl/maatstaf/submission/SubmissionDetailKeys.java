package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The basis, peildatum and correction lines as flat keys beside the field keys, for the bulk
 * exchange: {@code basis}, {@code peildatum}, {@code correctie.<TASK>.<n>.soort|bedrag|reden} —
 * the names the questionnaire form and the API's findings use.
 */
public final class SubmissionDetailKeys {

    private SubmissionDetailKeys() {}

    public static boolean isDetail(String key) {
        return key != null && DetailsValidator.isDetailField(key);
    }

    /**
     * An approved version's basis and correction lines as flat keys: the basis and peildatum only
     * with the formation basis, amounts as numbers, everything else as text.
     */
    public static Map<String, Object> of(ApprovedSubmission submission) {
        Map<String, Object> flat = new LinkedHashMap<>();
        if (submission.basis().basis() == Basis.FORMATIE) {
            flat.put(DetailsValidator.BASIS_FIELD, Basis.FORMATIE.name());
            flat.put(
                    DetailsValidator.PEILDATUM_FIELD,
                    submission.basis().peildatum().toString());
        }
        Map<String, Integer> lineNumbers = new LinkedHashMap<>();
        for (HireCorrection correction : submission.corrections()) {
            int no = lineNumbers.merge(correction.taskCode(), 1, Integer::sum);
            flat.put(
                    DetailsValidator.correctionField(correction.taskCode(), no, "soort"),
                    correction.kind().name());
            flat.put(DetailsValidator.correctionField(correction.taskCode(), no, "bedrag"), correction.amount());
            flat.put(DetailsValidator.correctionField(correction.taskCode(), no, "reden"), correction.reason());
        }
        return flat;
    }

    /** Flat keys as typed back into a draft's details; keys that name no line part are ignored. */
    static DraftDetails parse(Map<String, String> flat) {
        Map<String, Map<Integer, String[]>> byTask = new TreeMap<>();
        flat.forEach((key, text) -> {
            if (!key.startsWith("correctie.")) {
                return;
            }
            String[] parts = key.substring("correctie.".length()).split("\\.");
            if (parts.length != 3 || !parts[1].matches("\\d{1,5}")) {
                return;
            }
            int part = switch (parts[2]) {
                case "soort" -> 0;
                case "bedrag" -> 1;
                case "reden" -> 2;
                default -> -1;
            };
            if (part >= 0) {
                byTask.computeIfAbsent(parts[0], t -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(parts[1]), n -> new String[3])[part] = text;
            }
        });
        List<DraftDetails.Line> lines = new ArrayList<>();
        byTask.forEach((task, numbered) -> numbered.values()
                .forEach(line -> lines.add(new DraftDetails.Line(task, upper(line[0]), line[1], line[2]))));
        return new DraftDetails(
                flat.get(DetailsValidator.BASIS_FIELD), flat.get(DetailsValidator.PEILDATUM_FIELD), lines);
    }

    private static String upper(String kind) {
        CorrectionKind parsed = CorrectionKind.parse(kind);
        return parsed == null ? kind : parsed.name();
    }

    static ValidationResult numbersOnly(Map<String, BigDecimal> numbers) {
        return new ValidationResult(numbers, Map.of(), List.of(), List.of());
    }
}
