package nl.maatstaf.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request answered with 403 as a security record, whoever refused it: the
 * security configuration (a role or a CSRF token), a method check, or a module's own
 * "not your organisation" exception or problem document. One place instead of a hook in every
 * module's error handling; it sits in the security filter chains (not registered as a servlet
 * filter of its own), after the security context is loaded and before the CSRF check.
 */
final class AccessDenialRecorder extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessDenialRecorder.class);

    private final AccessDenials denials;

    AccessDenialRecorder(AccessDenials denials) {
        this.denials = denials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.FORBIDDEN.value()) {
            record(request);
        }
    }

    private void record(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean known = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        Long organisationId =
                known && authentication.getPrincipal() instanceof MaatstafUser user ? user.organisationId() : null;
        try {
            denials.record(
                    known ? authentication.getName() : null,
                    organisationId,
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getRemoteAddr());
        } catch (RuntimeException e) {
            // The refusal itself stands; a record that cannot be written must not turn it into a 500.
            log.warn("Could not record a refused request to {}", SecurityText.path(request.getRequestURI()), e);
        }
    }
}
