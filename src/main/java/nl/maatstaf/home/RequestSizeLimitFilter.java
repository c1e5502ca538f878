package nl.maatstaf.home;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses oversized requests up front with a clear message. Without it the servlet container
 * silently drops the parameters of a too large form, which would look like a missing CSRF token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    private final MessageSource messages;

    RequestSizeLimitFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String message = messages.getMessage(
                "error.requestTooLarge",
                new Object[] {MAX_REQUEST_BYTES / (1024 * 1024)},
                RequestContextUtils.getLocale(request));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"status\":413,\"title\":\"Payload Too Large\",\"detail\":\"" + message.replace("\"", "'")
                            + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Maatstaf</title>"
                            + "<link rel=\"stylesheet\" href=\"/css/maatstaf.css\"></head><body><main class=\"page\">"
                            + "<h1>413</h1><p class=\"alert alert-error\">" + HtmlUtils.htmlEscape(message)
                            + "</p><p><a href=\"/\">Maatstaf</a></p></main></body></html>");
        }
    }
}
