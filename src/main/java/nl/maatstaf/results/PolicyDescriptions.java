package nl.maatstaf.results;

import java.util.Locale;
import nl.maatstaf.edition.ReferencePolicy;
import org.springframework.context.MessageSource;

/** A reference group policy with its parameter in words, from {@code results.policy.<code>}. */
final class PolicyDescriptions {

    private PolicyDescriptions() {}

    static String describe(MessageSource messages, String policyCode, String parameter, Locale locale) {
        Object argument = parameter;
        if (ReferencePolicy.GROOTTEKLASSE.name().equals(policyCode)) {
            argument = parameter.isEmpty()
                    ? messages.getMessage("results.sizeClass.own", null, locale)
                    : messages.getMessage("results.sizeClass." + parameter, null, locale);
        } else if (ReferencePolicy.NAASTE_BUREN.name().equals(policyCode) && parameter.matches("\\d{1,9}")) {
            argument = Integer.valueOf(parameter);
        }
        return messages.getMessage("results.policy." + policyCode, new Object[] {argument}, locale);
    }

    /** The sentence saying which related organisations the group leaves out; empty when none. */
    static String leftOut(MessageSource messages, RelatedLeftOut leftOut, Locale locale) {
        return leftOut.messageKey()
                .map(key -> messages.getMessage(key, new Object[] {leftOut.count()}, locale))
                .orElse("");
    }
}
