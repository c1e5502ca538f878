package nl.maatstaf.organisation;

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
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the organisation API as a problem document with a Dutch detail and, where a
 * field is concerned, the message per field in {@code errors}; never a stack trace.
 */
@RestControllerAdvice(assignableTypes = OrganisationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(OrganisationApiAdvice.class);

    /** Another organisation's data, or a beheerder's action by someone else. */
    static class Forbidden extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
    }

    private final ProblemDocuments problems;
    private final OrganisationTexts texts;

    OrganisationApiAdvice(MessageSource messages, OrganisationTexts texts) {
        this.problems = new ProblemDocuments(messages, "organisation.api.title.");
        this.texts = texts;
    }

    @ExceptionHandler(OrganisationRefusedException.class)
    ResponseEntity<ProblemDetail> refused(OrganisationRefusedException e) {
        String detail = texts.of(e);
        ProblemDetail problem = switch (e.reason().kind()) {
            case NOT_FOUND -> problems.problem(HttpStatus.NOT_FOUND, "notFound", detail);
            case CONFLICT -> problems.problem(HttpStatus.CONFLICT, "conflict", detail);
            case INVALID -> problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid", detail);
        };
        if (e.reason().kind() != OrganisationRefusedException.Kind.NOT_FOUND) {
            problem.setProperty("errors", Map.of(e.field(), detail));
        }
        return problems.respond(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new TreeMap<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        ProblemDetail problem =
                problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid", String.join(" ", errors.values()));
        problem.setProperty("errors", errors);
        return problems.respond(problem);
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<ProblemDetail> forbidden(Forbidden e) {
        return problems.respond(HttpStatus.FORBIDDEN, "forbidden", "organisation.api.forbidden");
    }

    /** Whatever no handler above knows (see {@link ProblemDocuments#unexpected}). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return problems.unexpected(
                e,
                log,
                new ProblemDocuments.DetailKeys(
                        "organisation.api.unreadable",
                        "organisation.api.unsupportedMediaType",
                        "organisation.api.general"));
    }
}
