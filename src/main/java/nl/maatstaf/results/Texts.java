package nl.maatstaf.results;

import java.util.Locale;
import nl.maatstaf.catalog.LocalizedText;
import org.springframework.context.MessageSource;

/** The message bundle in one locale, so view code reads like the sentences it builds. */
final class Texts {

    private final MessageSource messages;
    private final Locale locale;

    Texts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String of(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    /** The reference group policy of the results with its parameter, in words. */
    String policy(OrganisationResults results) {
        return PolicyDescriptions.describe(messages, results.referencePolicy(), results.policyParameter(), locale);
    }

    Locale locale() {
        return locale;
    }
}
