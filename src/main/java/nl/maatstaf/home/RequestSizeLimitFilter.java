package nl.maatstaf.home;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses oversized requests up front with a clear message. Without it the servlet container
 * silently drops the parameters of a too large form, which would look like a missing CSRF token.
 * The bulk exchange paths accept larger files ({@code maatstaf.exchange.max-upload-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;
    /** The page and API paths of the bulk exchange, where a whole peiljaar is uploaded. */
    static final List<String> BULK_PATHS = List.of("/beheer/uitwisseling", "/api/v1/bulk/");

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final long maxBulkBytes;

    RequestSizeLimitFilter(
            MessageSource messages,
            LocaleResolver localeResolver,
            @Value("${maatstaf.exchange.max-upload-size}") DataSize maxBulkSize) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.maxBulkBytes = maxBulkSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String bulkPath : BULK_PATHS) {
            if (path.equals(bulkPath) || (bulkPath.endsWith("/") && path.startsWith(bulkPath))) {
                return maxBulkBytes;
            }
        }
        return MAX_REQUEST_BYTES;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        String message = messages.getMessage(
                "error.requestTooLarge", new Object[] {limit / (1024 * 1024)}, localeResolver.resolveLocale(request));
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
