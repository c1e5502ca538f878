package nl.maatstaf.home;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.Globals;
import org.apache.tomcat.util.http.Parameters.FailReason;
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
 *
 * <p>The limit holds for the bytes actually read, not only for an announced Content-Length: a
 * chunked request announces none. A multipart form is parsed here under the path's limit
 * ({@link BoundedMultipartRequest}). Any other body of unknown length is read here up to the limit
 * before anything else sees it: a form post through the container (whose form limit is the
 * general limit, see application.properties), any other body into memory; the bulk API reads at
 * most its limit itself. What passes a limit is answered with 413 and reaches no controller, so
 * nothing of it is stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** The page and API paths of the bulk exchange, where a whole peiljaar is uploaded. */
    static final List<String> BULK_PATHS = List.of("/beheer/uitwisseling", "/api/v1/bulk/");

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final long maxRequestBytes;
    private final long maxBulkBytes;

    RequestSizeLimitFilter(
            MessageSource messages,
            LocaleResolver localeResolver,
            @Value("${maatstaf.request.max-size}") DataSize maxRequestSize,
            @Value("${maatstaf.exchange.max-upload-size}") DataSize maxBulkSize) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.maxBulkBytes = maxBulkSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        if (isMultipart(request)) {
            BoundedMultipartRequest form;
            try {
                form = BoundedMultipartRequest.parse(request, limit);
            } catch (BoundedMultipartRequest.TooLarge e) {
                refuse(request, response, limit);
                return;
            }
            try {
                chain.doFilter(form, response);
            } finally {
                form.delete();
            }
            return;
        }
        if (hasBodyOfUnknownLength(request)) {
            if (isFormPost(request)) {
                if (formTooLarge(request)) {
                    refuse(request, response, limit);
                    return;
                }
            } else if (limit == maxRequestBytes) {
                byte[] body = request.getInputStream().readNBytes((int) limit + 1);
                if (body.length > limit) {
                    refuse(request, response, limit);
                    return;
                }
                chain.doFilter(new ReplayedBody(request, body), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A chunked body: no Content-Length, so only reading tells how large it is. */
    private static boolean hasBodyOfUnknownLength(HttpServletRequest request) {
        return request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Lets the container parse the form now, under its limit (the general limit), instead of later
     * in the CSRF check, which would only see the fields missing. The container keeps the parsed
     * form for the rest of the request.
     */
    private static boolean formTooLarge(HttpServletRequest request) {
        request.getParameterMap();
        return request.getAttribute(Globals.PARAMETER_PARSE_FAILED_REASON_ATTR) == FailReason.POST_TOO_LARGE;
    }

    private long limitFor(String path) {
        for (String bulkPath : BULK_PATHS) {
            if (path.equals(bulkPath) || (bulkPath.endsWith("/") && path.startsWith(bulkPath))) {
                return maxBulkBytes;
            }
        }
        return maxRequestBytes;
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
