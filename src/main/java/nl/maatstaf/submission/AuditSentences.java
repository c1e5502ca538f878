package nl.maatstaf.submission;

import java.util.Locale;
import nl.maatstaf.audit.AuditRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail of a submission in words: one sentence per entry from the bundle, with field
 * names from the catalogue instead of field keys and action codes.
 */
@Component
class AuditSentences {

    private static final String EXPLANATION_PREFIX = "toelichting ";

    private final MessageSource messages;
    private final FindingMessages findingMessages;

    AuditSentences(MessageSource messages, FindingMessages findingMessages) {
        this.messages = messages;
        this.findingMessages = findingMessages;
    }

    String sentence(Questionnaire questionnaire, AuditRecord entry, Locale locale) {
        String who = entry.username();
        String action = entry.action();
        if ("WIJZIGING".equals(action)) {
            String field = fieldName(questionnaire, entry.field(), locale);
            String variant = entry.oldValue() == null ? "filled" : entry.newValue() == null ? "emptied" : "changed";
            return text("admin.auditText.change." + variant, locale, who, field, entry.oldValue(), entry.newValue());
        }
        if ("WERKMAP_GEUPLOAD".equals(action)) {
            return text("admin.auditText.WERKMAP_GEUPLOAD", locale, who, entry.field(), uploadOutcome(entry, locale));
        }
        String key = "admin.auditText." + action;
        String sentence = messages.getMessage(key, new Object[] {who, entry.field(), entry.newValue()}, null, locale);
        if (sentence == null) {
            // An action this page does not know yet still shows, in the words it was stored with.
            return text("admin.auditText.other", locale, who, action, entry.field() == null ? "" : entry.field());
        }
        if (("GOEDGEKEURD".equals(action)) && entry.newValue() != null) {
            return sentence + " " + text("admin.auditText.remark", locale, entry.newValue());
        }
        return sentence;
    }

    private String fieldName(Questionnaire questionnaire, String field, Locale locale) {
        if (field == null) {
            return "";
        }
        if (questionnaire.contains(field)) {
            return findingMessages.fieldLabel(questionnaire, field, locale);
        }
        if (field.startsWith(EXPLANATION_PREFIX)) {
            String warningKey = field.substring(EXPLANATION_PREFIX.length());
            int colon = warningKey.indexOf(':');
            String subject = colon < 0 ? warningKey : warningKey.substring(colon + 1);
            return text(
                    "admin.auditText.explanationOf",
                    locale,
                    findingMessages.subjectName(questionnaire, subject, locale));
        }
        String known = messages.getMessage("admin.auditText.field." + field.replace(' ', '_'), null, null, locale);
        return known == null ? field : known;
    }

    private String uploadOutcome(AuditRecord entry, Locale locale) {
        String stored = entry.newValue() == null ? "" : entry.newValue();
        int space = stored.indexOf(' ');
        String outcome = space < 0 ? stored : stored.substring(0, space);
        String rest = space < 0 ? "" : stored.substring(space);
        String shown = messages.getMessage("submission.workbook.outcome." + outcome, null, null, locale);
        return (shown == null ? outcome : shown) + rest;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
