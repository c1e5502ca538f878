package nl.maatstaf.account;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.maatstaf.common.ProblemDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the token API as a problem document with a Dutch detail and per-field errors. */
@RestControllerAdvice(assignableTypes = ApiTokenApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiTokenApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenApiAdvice.class);

    private final ProblemDocuments problems;

    ApiTokenApiAdvice(MessageSource messages) {
        this.problems = new ProblemDocuments(messages, "account.api.title.");
    }

    @ExceptionHandler(ApiTokenRefused.class)
    ResponseEntity<ProblemDetail> refused(ApiTokenRefused e) {
        HttpStatus status =
                e.kind() == ApiTokenRefused.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem =
                problems.problem(status, e.kind().name().toLowerCase(Locale.ROOT), problems.text(e.messageKey()));
        if (!e.errors().isEmpty()) {
            Map<String, String> errors = new TreeMap<>();
            e.errors().forEach((field, key) -> errors.put(field, problems.text(key)));
            problem.setProperty("errors", errors);
        }
        return problems.respond(problem);
    }

    /** Whatever no handler above knows (see {@link ProblemDocuments#unexpected}). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return problems.unexpected(
                e,
                log,
                new ProblemDocuments.DetailKeys(
                        "account.api.unreadable", "account.api.unsupportedMediaType", "account.api.general"));
    }
}
