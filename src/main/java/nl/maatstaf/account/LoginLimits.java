package nl.maatstaf.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far password guessing is let go. A lock is lifted by time alone: once fewer than the
 * maximum failures lie within the window, logging in works again.
 *
 * @param maxFailuresPerAccount failures of one typed username within the window before it is locked
 * @param maxFailuresPerAddress failures from one source address within the window before it is locked;
 *     higher, because an office behind one address shares it
 * @param window how far back failures count
 * @param retention how long failed logins and refused requests are kept for the beheerder
 */
@ConfigurationProperties("maatstaf.security.login")
record LoginLimits(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("90d") Duration retention) {

    LoginLimits {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Login limits must be positive");
        }
    }
}
