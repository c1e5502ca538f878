package nl.maatstaf.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maatstaf.common.ProblemDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's answer to missing or wrong credentials: 401 as before; 401 with a Dutch problem
 * document and {@code WWW-Authenticate: Bearer} for a refused API token; 429 with a Dutch problem
 * document and Retry-After when the account or address is locked.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemDocuments problems;
    private final ObjectMapper json;
    private final Clock clock;

    ApiAuthenticationEntryPoint(ProblemDocuments problems, ObjectMapper json, Clock clock) {
        this.problems = problems;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof TwoFactorApiRefusal.Refused refused) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", problems.text("account.api.title.twoFactor"));
            problem.put("status", HttpStatus.UNAUTHORIZED.value());
            problem.put("detail", problems.text(refused.detailKey()));
            write(response, HttpStatus.UNAUTHORIZED, problem);
            return;
        }
        if (exception instanceof ApiTokenRefusal refusal) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", problems.text("apiTokens.api.title.unauthenticated"));
            problem.put("status", HttpStatus.UNAUTHORIZED.value());
            problem.put("detail", problems.text(refusal.detailKey()));
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            write(response, HttpStatus.UNAUTHORIZED, problem);
            return;
        }
        if (!(exception instanceof LoginThrottledException throttled)) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        long seconds = Math.max(1, secondsUntil(throttled));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", problems.text("account.api.title.tooManyAttempts"));
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", problems.text("account.api.tooManyAttempts", (seconds + 59) / 60));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(response, HttpStatus.TOO_MANY_REQUESTS, problem);
    }

    /** A READ token on a method that changes something: 403, whatever the role would allow. */
    void readOnly(HttpServletResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", problems.text("apiTokens.api.title.readOnly"));
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", problems.text("apiTokens.api.readOnly"));
        write(response, HttpStatus.FORBIDDEN, problem);
    }

    private void write(HttpServletResponse response, HttpStatus status, Map<String, Object> problem)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // Written without closing the stream: a closed stream completes the response at once, and
        // the client could see a 403 before the access denial around this filter is recorded.
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private long secondsUntil(LoginThrottledException throttled) {
        Duration left = Duration.between(clock.instant(), throttled.retryAt());
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }
}
