package nl.maatstaf.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic sends a password only, so for an account with two-factor login it would be a way
 * around the second step: such an account is refused on HTTP Basic (it uses a personal API
 * token, made after a two-factor login), and so is a beheerder who must use two-factor login but
 * has not turned it on.
 */
final class TwoFactorApiRefusal implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final TwoFactorPolicy policy;

    TwoFactorApiRefusal(AuthenticationProvider passwords, TwoFactorPolicy policy) {
        this.passwords = passwords;
        this.policy = policy;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication result = passwords.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof MaatstafUser user) {
            if (user.hasTwoFactor()) {
                throw new Refused("account.api.twoFactorAccount");
            }
            if (policy.mustEnrol(user)) {
                throw new Refused("account.api.twoFactorRequired");
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The refusal, with the bundle key of its Dutch detail. */
    static final class Refused extends AuthenticationException {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final String detailKey;

        Refused(String detailKey) {
            super("Two-factor account on HTTP Basic");
            this.detailKey = detailKey;
        }

        String detailKey() {
            return detailKey;
        }
    }
}
