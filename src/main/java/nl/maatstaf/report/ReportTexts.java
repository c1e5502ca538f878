package nl.maatstaf.report;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The report bundle in Dutch: reports and exports are Dutch documents whatever the page language. */
final class ReportTexts {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;

    ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
