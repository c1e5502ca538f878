package nl.maatstaf.account;

import java.util.Map;

/**
 * A change to an account that was not made, with the bundle key of the reason and, for invalid
 * input, the bundle key of the problem per field. Pages show the keys as messages, the API as
 * a problem document with the status of the {@link Kind}.
 */
class UserChangeRefused extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    enum Kind {
        INVALID(422),
        TAKEN(409),
        CONFLICT(409),
        NOT_FOUND(404),
        FORBIDDEN(403);

        final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final transient Map<String, String> errors;

    UserChangeRefused(Kind kind, String messageKey, Map<String, String> errors) {
        super(messageKey, null, false, false);
        this.kind = kind;
        this.errors = Map.copyOf(errors);
    }

    UserChangeRefused(Kind kind, String messageKey) {
        this(kind, messageKey, Map.of());
    }

    Kind kind() {
        return kind;
    }

    /** The bundle key of the reason. */
    String messageKey() {
        return getMessage();
    }

    /** Field name to bundle key of its problem. */
    Map<String, String> errors() {
        return errors;
    }
}
