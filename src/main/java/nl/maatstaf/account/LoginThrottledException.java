package nl.maatstaf.account;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused without looking at the password, because its account or source address has
 * failed too often. An account status exception, so no other authentication provider is asked.
 * The same for existing and unknown usernames, so it tells nothing about which accounts exist.
 */
final class LoginThrottledException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    LoginThrottledException(Instant retryAt) {
        super("Too many failed logins; retry at " + retryAt);
        this.retryAt = retryAt;
    }

    /** From when a login may succeed again. */
    Instant retryAt() {
        return retryAt;
    }
}
