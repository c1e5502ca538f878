package nl.maatstaf.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads a posted questionnaire form into the changes it asks for. Shared by the page's own save
 * and the background save of its script, so both take exactly the same fields.
 */
@Component
class QuestionnaireForm {

    /** Sent by the part A form: its correction lines replace the stored ones, also when none are left. */
    static final String CORRECTIONS_MARKER = "correcties";

    private final SubmissionService submissions;

    QuestionnaireForm(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** The catalogue's fields, explanations of current warnings and the afsluiting fields; nothing else. */
    DraftChanges changes(SubmissionTarget target, MultiValueMap<String, String> form) {
        Questionnaire questionnaire = target.questionnaire();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> explanations = new LinkedHashMap<>();
        Set<String> warningKeys = currentWarningKeys(target);
        form.forEach((name, texts) -> {
            String text = texts.isEmpty() ? "" : texts.get(0);
            if (questionnaire.contains(name)) {
                values.put(name, text);
            } else if (name.startsWith(InputLimits.EXPLANATION_PREFIX)) {
                String warningKey = name.substring(InputLimits.EXPLANATION_PREFIX.length());
                if (warningKeys.contains(warningKey)) {
                    explanations.put(warningKey, text);
                }
            }
        });
        DraftChanges.Closing closing = form.containsKey(InputLimits.CONTACT_NAME_FIELD)
                ? new DraftChanges.Closing(
                        form.getFirst(InputLimits.CONTACT_NAME_FIELD),
                        form.getFirst(InputLimits.CONTACT_EMAIL_FIELD),
                        form.getFirst(InputLimits.REMARKS_FIELD))
                : null;
        DraftChanges.BasisChoice basis = form.containsKey(DetailsValidator.BASIS_FIELD)
                ? new DraftChanges.BasisChoice(
                        form.getFirst(DetailsValidator.BASIS_FIELD), form.getFirst(DetailsValidator.PEILDATUM_FIELD))
                : null;
        List<DraftDetails.Line> corrections =
                form.containsKey(CORRECTIONS_MARKER) ? corrections(questionnaire, form) : null;
        return new DraftChanges(
                lockVersion(form.getFirst("lockVersion")), values, explanations, closing, basis, corrections);
    }

    /**
     * The correction lines of a part A form ({@code correctie.<TASK>.<n>.soort|bedrag|reden}), of
     * the catalogue's tasks only, in catalogue and line order. An emptied line is dropped.
     */
    static List<DraftDetails.Line> corrections(Questionnaire questionnaire, MultiValueMap<String, String> form) {
        List<DraftDetails.Line> lines = new ArrayList<>();
        questionnaire.catalog().tasks().forEach(task -> {
            Set<Integer> numbers = new TreeSet<>();
            String prefix = DetailsValidator.correctionPrefix(task.code());
            form.keySet().stream().filter(name -> name.startsWith(prefix)).forEach(name -> {
                String rest = name.substring(prefix.length());
                int dot = rest.indexOf('.');
                // At most a few digits: a line number, never one that overflows.
                if (dot > 0 && dot < 6 && rest.substring(0, dot).chars().allMatch(Character::isDigit)) {
                    numbers.add(Integer.parseInt(rest.substring(0, dot)));
                }
            });
            for (int no : numbers) {
                lines.add(new DraftDetails.Line(
                        task.code(),
                        form.getFirst(DetailsValidator.correctionField(task.code(), no, "soort")),
                        form.getFirst(DetailsValidator.correctionField(task.code(), no, "bedrag")),
                        form.getFirst(DetailsValidator.correctionField(task.code(), no, "reden"))));
            }
        });
        return lines.stream().filter(l -> !l.blank()).toList();
    }

    private Set<String> currentWarningKeys(SubmissionTarget target) {
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        List<Finding> warnings = submissions
                .validate(target.organisationId(), target.questionnaire(), draft.raw())
                .warnings();
        return warnings.stream().map(Finding::warningKey).collect(Collectors.toSet());
    }

    // A missing or mangled lock version can never match, so the save is refused as a conflict.
    private static int lockVersion(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
