package nl.maatstaf.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Someone halfway through a two-step login who asks for any other page is sent back to their
 * step (the code, or turning two-factor login on); anyone else refused gets the 403 page.
 */
final class HalfwayLoginRedirect implements AccessDeniedHandler {

    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (TwoStepLogin.pending(authentication, TwoStepLogin.PENDING_CODE)) {
            response.sendRedirect(request.getContextPath() + TwoStepLogin.CODE_PAGE);
        } else if (TwoStepLogin.pending(authentication, TwoStepLogin.PENDING_ENROLMENT)) {
            response.sendRedirect(request.getContextPath() + TwoStepLogin.ENROLMENT_PAGE);
        } else {
            refusal.handle(request, response, denied);
        }
    }
}
