package nl.maatstaf.account;

import java.util.Map;

/** A token that cannot be made or revoked, with the bundle keys of the reason and of each field's problem. */
final class ApiTokenRefused extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    enum Kind {
        INVALID,
        NOT_FOUND
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Map<String, String> errors;

    ApiTokenRefused(Kind kind, String messageKey, Map<String, String> errors) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.errors = Map.copyOf(errors);
    }

    static ApiTokenRefused notFound() {
        return new ApiTokenRefused(Kind.NOT_FOUND, "apiTokens.error.notFound", Map.of());
    }

    Kind kind() {
        return kind;
    }

    String messageKey() {
        return messageKey;
    }

    Map<String, String> errors() {
        return errors;
    }
}
