package nl.maatstaf.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The page login in one or two steps. After the password, an account with two-factor login
 * holds only the authority {@link #PENDING_CODE} until its code is accepted on {@link #CODE_PAGE};
 * a beheerder who must use two-factor login but has not turned it on holds only {@link
 * #PENDING_ENROLMENT} until it is on. Neither has a role, so no page but that one step is
 * reachable (see {@link #fullyLoggedIn()}); everything else sends them back to their step.
 */
final class TwoStepLogin implements AuthenticationSuccessHandler {

    static final String PENDING_CODE = "PENDING_TOTP_CODE";
    static final String PENDING_ENROLMENT = "PENDING_TOTP_ENROLMENT";
    static final String CODE_PAGE = "/login/code";
    static final String ENROLMENT_PAGE = "/account/tweestapsverificatie";

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private final TwoFactorPolicy policy;
    private final UserRows rows;

    TwoStepLogin(TwoFactorPolicy policy, UserRows rows) {
        this.policy = policy;
        this.rows = rows;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        MaatstafUser user = (MaatstafUser) authentication.getPrincipal();
        if (user.hasTwoFactor()) {
            signIn(pending(user, PENDING_CODE), request, response);
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        rows.recordLogin(user.getUsername());
        if (policy.mustEnrol(user)) {
            signIn(pending(user, PENDING_ENROLMENT), request, response);
            response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** The user with all their rights, after the last step. */
    static void signInFully(MaatstafUser user, HttpServletRequest request, HttpServletResponse response) {
        signIn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    private static Authentication pending(MaatstafUser user, String authority) {
        return UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(authority)));
    }

    private static void signIn(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        SESSIONS.saveContext(context, request, response);
    }

    /** Whether the authentication is a login in one of the two steps. */
    static boolean pending(Authentication authentication, String step) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(step::equals);
    }

    /** Logged in with every step done: not anonymous and not halfway. */
    static AuthorizationManager<RequestAuthorizationContext> fullyLoggedIn() {
        return (authentication, context) -> new AuthorizationDecision(complete(authentication));
    }

    /** Fully logged in, or halfway at the given step. */
    static AuthorizationManager<RequestAuthorizationContext> fullyLoggedInOr(String step) {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            return new AuthorizationDecision(complete(authentication) || pending(auth, step));
        };
    }

    private static boolean complete(Supplier<Authentication> supplier) {
        Authentication auth = supplier.get();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return false;
        }
        Collection<? extends GrantedAuthority> authorities = auth.getAuthorities();
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .noneMatch(a -> a.equals(PENDING_CODE) || a.equals(PENDING_ENROLMENT));
    }
}
