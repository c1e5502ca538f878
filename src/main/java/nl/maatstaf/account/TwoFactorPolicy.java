package nl.maatstaf.account;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a beheerder must log in with a TOTP code. {@code required} is the production default;
 * with the demo data on ({@code maatstaf.demo.enabled=true}) it is {@code optional} unless set,
 * since the demo and the tests log in as beheerder with a password alone.
 */
@Component
class TwoFactorPolicy {

    private volatile boolean beheerderRequired;

    TwoFactorPolicy(
            @Value("${maatstaf.security.beheerder-two-factor:}") String setting,
            @Value("${maatstaf.demo.enabled:false}") boolean demo) {
        String value = setting.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            this.beheerderRequired = !demo;
        } else if (value.equals("required") || value.equals("optional")) {
            this.beheerderRequired = value.equals("required");
        } else {
            throw new IllegalStateException(
                    "maatstaf.security.beheerder-two-factor must be required or optional, not " + setting);
        }
    }

    boolean beheerderRequired() {
        return beheerderRequired;
    }

    /** Whether this account must first turn two-factor login on before it can do anything else. */
    boolean mustEnrol(MaatstafUser user) {
        return beheerderRequired && user.isBeheerder() && !user.hasTwoFactor();
    }

    /** Only for the test that shows the required policy in the one shared test application. */
    void requireForBeheerders(boolean required) {
        this.beheerderRequired = required;
    }
}
