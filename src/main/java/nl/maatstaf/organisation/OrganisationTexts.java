package nl.maatstaf.organisation;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Dutch texts of refusals, shared by the pages and the API so both say the same. */
@Component
class OrganisationTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;

    OrganisationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String of(OrganisationRefusedException e) {
        return text(e.reason().messageKey(), e.args());
    }

    String of(InvalidMunicipalityListException e) {
        return text("municipalities.error." + e.problem(), e.messageArgs());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
