package nl.maatstaf.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The web server listens before the start-up runners (demo data, the first beheerder) are done,
 * so a login in the first seconds could be told a correct password is wrong. Until Spring Boot
 * declares the application ready to accept traffic (after every runner), each request except
 * the health probes gets 503 with Retry-After and a Dutch "still starting".
 */
final class StartupGate extends OncePerRequestFilter {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;
    private final MessageSource messages;
    private volatile boolean ready;

    StartupGate(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready || isReady() || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        String text = messages.getMessage("startup.starting", null, DUTCH);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\""
                            + json(messages.getMessage("startup.title", null, DUTCH))
                            + "\",\"status\":503,\"detail\":\"" + json(text) + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Maatstaf</title></head>"
                        + "<body><p>" + HtmlUtils.htmlEscape(text) + "</p></body></html>");
    }

    /** Once ready it stays open: a later refusal (shutting down) is the container's business. */
    private boolean isReady() {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready = true;
        }
        return ready;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
