package nl.maatstaf.account;

import org.springframework.security.core.AuthenticationException;

/** A presented API token that lets nobody in, with the bundle key of the Dutch detail saying why. */
final class ApiTokenRefusal extends AuthenticationException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final String detailKey;

    ApiTokenRefusal(String detailKey) {
        super("API token refused");
        this.detailKey = detailKey;
    }

    String detailKey() {
        return detailKey;
    }
}
