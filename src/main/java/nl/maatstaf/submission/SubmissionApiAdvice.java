package nl.maatstaf.submission;

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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the submission API (and of the questionnaire page's background save, which the
 * page's script reads as JSON) as a problem document with a Dutch detail; never a stack trace.
 * Runs before the application-wide handlers so the API keeps one error shape.
 */
@RestControllerAdvice(
        assignableTypes = {
            SubmissionApiController.class,
            SubmissionReviewApiController.class,
            DraftAutosaveController.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(SubmissionApiAdvice.class);

    private final ProblemDocuments problems;

    SubmissionApiAdvice(MessageSource messages) {
        this.problems = new ProblemDocuments(messages, "submission.api.title.");
    }

    @ExceptionHandler(SubmissionApiException.class)
    ResponseEntity<ProblemDetail> refused(SubmissionApiException e) {
        ProblemDetail problem = problems.problem(e.status(), e.titleKey(), e.getMessage());
        if (e.errors() != null) {
            problem.setProperty("errors", e.errors());
        }
        return problems.respond(problem);
    }

    @ExceptionHandler(SubmissionNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(SubmissionNotFoundException e) {
        return problems.respond(HttpStatus.NOT_FOUND, "notFound", "submission.api.notFound");
    }

    @ExceptionHandler(SubmissionForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(SubmissionForbiddenException e) {
        return problems.respond(HttpStatus.FORBIDDEN, "forbidden", "submission.api.forbidden");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return problems.respond(HttpStatus.BAD_REQUEST, "badRequest", "submission.api.badParameter", e.getName());
    }

    /** Whatever no handler above knows (see {@link ProblemDocuments#unexpected}). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return problems.unexpected(
                e,
                log,
                new ProblemDocuments.DetailKeys(
                        "submission.api.unreadable", "submission.api.unsupportedMediaType", "submission.api.general"));
    }
}
