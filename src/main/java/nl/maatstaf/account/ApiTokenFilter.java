package nl.maatstaf.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call that brings {@code Authorization: Bearer mst_...}: a small filter of
 * our own, since Spring's bearer-token filter comes with the OAuth2 resource server. Requests
 * without a bearer token pass untouched to HTTP Basic. A refused token is answered at once (401,
 * or 429 while its address is locked); a READ token on a changing method gets 403.
 *
 * <p>Only unknown tokens count as failed logins of the source address, under the password
 * guessing limits: an expired or revoked token is a real one, mostly of a forgotten script, and
 * must not lock its address's password logins. The lock is looked up only after a miss, so a
 * valid token costs one query.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;
    private final LoginAttempts attempts;
    private final TwoFactorPolicy twoFactorPolicy;
    private final ApiAuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(
            ApiTokens tokens,
            LoginAttempts attempts,
            TwoFactorPolicy twoFactorPolicy,
            ApiAuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.attempts = attempts;
        this.twoFactorPolicy = twoFactorPolicy;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        ApiTokens.Check check = tokens.check(token);
        switch (check.outcome()) {
            case UNKNOWN -> {
                unknown(token, request, response);
                return;
            }
            case EXPIRED -> {
                refuse(request, response, "apiTokens.api.expired");
                return;
            }
            case REVOKED -> {
                refuse(request, response, "apiTokens.api.revoked");
                return;
            }
            case DISABLED -> {
                refuse(request, response, "apiTokens.api.disabled");
                return;
            }
            case VALID -> {
                // Policy may have become stricter since the token was made (a beheerder without
                // two-factor login while it is required): the same refusal as on HTTP Basic.
                if (twoFactorPolicy.mustEnrol(check.user())) {
                    refuse(request, response, "account.api.twoFactorRequired");
                    return;
                }
            }
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                new ApiTokenAuthentication(check.user(), check.tokenId(), check.scope(), check.expiresAt()));
        contexts.setContext(context);
        if (!check.scope().allows(request.getMethod())) {
            // Authenticated first, so the refusal is recorded with the user's name.
            entryPoint.readOnly(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void unknown(String token, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LoginDetails details = new LoginDetails(SecurityText.address(request.getRemoteAddr()), LoginChannel.API);
        // Counted under a name of its own per token start, so it never locks a real username.
        String label = "token " + shown(token);
        Optional<Instant> locked = attempts.lockedUntil(label, details.sourceAddress());
        if (locked.isPresent()) {
            attempts.recordRefusal(label, details);
            entryPoint.commence(request, response, new LoginThrottledException(locked.get()));
            return;
        }
        attempts.recordFailure(label, details);
        refuse(request, response, "apiTokens.api.unknown");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detailKey) throws IOException {
        contexts.clearContext();
        entryPoint.commence(request, response, new ApiTokenRefusal(detailKey));
    }

    /** The first characters of what was sent, as a list shows a token; never the whole of it. */
    private static String shown(String token) {
        return SecurityText.clean(token.substring(0, Math.min(token.length(), 12)), 20);
    }
}
