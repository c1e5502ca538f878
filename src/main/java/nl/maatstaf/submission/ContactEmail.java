package nl.maatstaf.submission;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The contact person's e-mail address, checked on the server whichever way it arrives (page or
 * API). Hibernate Validator's {@code @Email} checks the syntax (local part at most 64 characters,
 * every domain label valid, international domains); on top of it the address must be a plain
 * {@code name@domain.tld}: no whitespace or control characters (so no header injection through
 * CR/LF), no quoted local part, a dot in the domain, and at most 254 characters (RFC 5321).
 */
final class ContactEmail {

    static final int MAX_LENGTH = 254;
    static final String INVALID = "submission.contactEmail.invalid";

    /** No whitespace, control character, quote or second @ anywhere; a dot somewhere in the domain. */
    private static final String PLAIN_ADDRESS = "[^@\\s\\p{Cntrl}\"]+@[^@\\s\\p{Cntrl}\"]+\\.[^@\\s\\p{Cntrl}\"]+";

    private static final Validator VALIDATOR = validator();

    private record Address(
            @Email(regexp = PLAIN_ADDRESS) @Size(max = MAX_LENGTH)
            String value) {}

    private ContactEmail() {}

    /** Whether a non-blank address is acceptable; blank means "not given", which is checked on submission. */
    static boolean valid(String email) {
        return email == null
                || email.isBlank()
                || VALIDATOR.validate(new Address(email.strip())).isEmpty();
    }

    /** The afsluiting field with a refused address → the message key of why; empty when all is well. */
    static Map<String, String> refusals(DraftChanges changes) {
        if (changes.closing() == null || valid(changes.closing().contactEmail())) {
            return Map.of();
        }
        return Map.of(InputLimits.CONTACT_EMAIL_FIELD, INVALID);
    }

    // Parameter interpolation needs no expression language; the messages are never shown anyway.
    @SuppressWarnings("resource")
    private static Validator validator() {
        ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        return factory.getValidator();
    }
}
