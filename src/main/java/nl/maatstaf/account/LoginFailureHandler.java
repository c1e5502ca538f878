package nl.maatstaf.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed form login goes back to the login page: "wrong username or password", or, when the
 * account or address is locked, "too many attempts" with the time to try again (read by the
 * login page from the exception kept in the session).
 */
final class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String FAILED = "/login?fout";
    static final String THROTTLED = "/login?teveel";

    LoginFailureHandler() {
        super(FAILED);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof LoginThrottledException) {
            saveException(request, exception);
            getRedirectStrategy().sendRedirect(request, response, THROTTLED);
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
