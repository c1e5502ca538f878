package nl.maatstaf.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns findings into sentences that name the field, in the user's language. */
@Component
class FindingMessages {

    private final MessageSource messages;

    FindingMessages(MessageSource messages) {
        this.messages = messages;
    }

    List<ShownFinding> show(Questionnaire questionnaire, List<Finding> findings, Locale locale) {
        List<ShownFinding> shown = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            shown.add(show(questionnaire, finding, locale));
        }
        return shown;
    }

    ShownFinding show(Questionnaire questionnaire, Finding finding, Locale locale) {
        List<Object> args = new ArrayList<>();
        args.add(subjectLabel(questionnaire, finding.subject(), locale));
        if (finding.detailKey() != null) {
            args.add(messages.getMessage(finding.detailKey(), null, locale));
        }
        args.addAll(finding.args());
        String message = messages.getMessage(finding.messageKey(), args.toArray(), locale);
        String part = isBasisField(finding.fieldKey())
                ? QuestionnairePage.CLOSING_TAB
                : questionnaire.partOf(finding.fieldKey()).map(Enum::name).orElse("A");
        return new ShownFinding(
                finding.severity().name(),
                finding.fieldKey(),
                part,
                finding.severity() == Severity.WARNING ? finding.warningKey() : null,
                finding.rule(),
                message);
    }

    private static boolean isBasisField(String fieldKey) {
        return fieldKey.equals(DetailsValidator.BASIS_FIELD) || fieldKey.equals(DetailsValidator.PEILDATUM_FIELD);
    }

    /** "Klantmanagement inkomen – loonkosten", "Bijstandsuitkeringen", … */
    String fieldLabel(Questionnaire questionnaire, String fieldKey, Locale locale) {
        return questionnaire
                .field(fieldKey)
                .map(field -> field.aspectKey() == null
                        ? field.ownerName(locale)
                        : field.ownerName(locale) + " – "
                                + messages.getMessage("submission.field." + field.aspectKey(), null, locale))
                .orElse(fieldKey);
    }

    /** The name of what a warning is about: a field, a task or the total. */
    String subjectName(Questionnaire questionnaire, String subject, Locale locale) {
        return subjectLabel(questionnaire, subject, locale);
    }

    private String subjectLabel(Questionnaire questionnaire, String subject, Locale locale) {
        if (Finding.TOTAL.equals(subject)) {
            Indicator hoofdfactor = questionnaire.catalog().hoofdfactorIndicator();
            return hoofdfactor.unitSingular() != null
                    ? hoofdfactor.unitSingular().in(locale)
                    : hoofdfactor.name().in(locale);
        }
        if (questionnaire.contains(subject)) {
            return fieldLabel(questionnaire, subject, locale);
        }
        String taskCode = subject.startsWith("A.") ? subject.substring(2) : subject;
        return questionnaire
                .catalog()
                .task(taskCode)
                .map(Task::name)
                .map(name -> name.in(locale))
                .orElse(subject);
    }
}
