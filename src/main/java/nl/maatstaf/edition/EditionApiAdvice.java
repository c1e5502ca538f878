package nl.maatstaf.edition;

import java.util.TreeMap;
import nl.maatstaf.common.ProblemDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the edition API as a problem document with a Dutch detail; never a stack
 * trace. Runs before the application-wide handlers so the API keeps one error shape.
 */
@RestControllerAdvice(assignableTypes = {EditionApiController.class, NamedSetApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditionApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(EditionApiAdvice.class);

    private final ProblemDocuments problems;

    EditionApiAdvice(MessageSource messages) {
        this.problems = new ProblemDocuments(messages, "edition.api.title.");
    }

    @ExceptionHandler(EditionApiException.class)
    ResponseEntity<ProblemDetail> refused(EditionApiException e) {
        ProblemDetail problem = problems.problem(e.status(), e.titleKey(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", new TreeMap<>(e.errors()));
        }
        if (!e.problems().isEmpty()) {
            problem.setProperty("problems", e.problems());
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
                        "edition.api.unreadable", "edition.api.unsupportedMediaType", "edition.api.general"));
    }
}
