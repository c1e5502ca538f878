package nl.maatstaf.catalog;

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
 * Every refusal of the peiljaren and catalogue API as a problem document with a Dutch detail;
 * never a stack trace. Runs before the application-wide handlers so the API keeps one error shape.
 */
@RestControllerAdvice(assignableTypes = {CatalogApiController.class, YearsApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(CatalogApiAdvice.class);

    private final ProblemDocuments problems;

    CatalogApiAdvice(MessageSource messages) {
        this.problems = new ProblemDocuments(messages, "catalog.api.title.");
    }

    @ExceptionHandler(CatalogApiException.class)
    ResponseEntity<ProblemDetail> refused(CatalogApiException e) {
        ProblemDetail problem = problems.problem(e.status(), e.titleKey(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", new TreeMap<>(e.errors()));
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
                        "catalog.api.unreadable", "catalog.api.unsupportedMediaType", "catalog.api.general"));
    }
}
