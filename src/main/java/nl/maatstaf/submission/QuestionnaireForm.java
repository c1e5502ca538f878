package nl.maatstaf.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads a posted questionnaire form into the changes it asks for. Shared by the page's own save
 * and the background save of its script, so both take exactly the same fields.
 */
@Component
class QuestionnaireForm {

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
        return new DraftChanges(lockVersion(form.getFirst("lockVersion")), values, explanations, closing);
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
