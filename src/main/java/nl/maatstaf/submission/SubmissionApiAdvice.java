package nl.maatstaf.submission;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the submission API as a problem document with a Dutch detail; never a stack
 * trace. Runs before the application-wide handlers so the API keeps one error shape.
 */
@RestControllerAdvice(assignableTypes = SubmissionApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(SubmissionApiAdvice.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;

    SubmissionApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SubmissionApiException.class)
    ResponseEntity<ProblemDetail> refused(SubmissionApiException e) {
        ProblemDetail problem = problem(e.status(), e.titleKey(), e.getMessage());
        if (e.errors() != null) {
            problem.setProperty("errors", e.errors());
        }
        return respond(problem);
    }

    @ExceptionHandler(SubmissionNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(SubmissionNotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "notFound", text("submission.api.notFound")));
    }

    @ExceptionHandler(SubmissionForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(SubmissionForbiddenException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", text("submission.api.forbidden")));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "badRequest", text("submission.api.unreadable")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "badRequest",
                messages.getMessage("submission.api.badParameter", new Object[] {e.getName()}, DUTCH)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Submission API request failed", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error", text("submission.api.general")));
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("submission.api.title." + titleKey));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
