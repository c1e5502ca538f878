package nl.maatstaf.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Username and password login, form and HTTP Basic alike, with the guessing limits around it:
 * a locked account or address is refused before the password is even compared (so the right
 * password during a lock is refused too), every failure is recorded, and a success forgets the
 * account's earlier failures.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        LoginDetails details = authentication.getDetails() instanceof LoginDetails d
                ? d
                : new LoginDetails("onbekend", LoginChannel.FORM);
        var lockedUntil = attempts.lockedUntil(username, details.sourceAddress());
        if (lockedUntil.isPresent()) {
            attempts.recordRefusal(username, details);
            throw new LoginThrottledException(lockedUntil.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            attempts.recordFailure(username, details);
            throw e;
        }
        attempts.recordSuccess(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
