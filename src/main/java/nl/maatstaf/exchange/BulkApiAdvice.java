package nl.maatstaf.exchange;

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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every refusal of the bulk API as a problem document with a Dutch detail; never a stack trace. */
@RestControllerAdvice(assignableTypes = BulkApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BulkApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(BulkApiAdvice.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;

    BulkApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BulkApiException.class)
    ResponseEntity<ProblemDetail> refused(BulkApiException e) {
        ProblemDetail problem = problem(e.status(), e.titleKey(), e.getMessage());
        if (e.report() != null) {
            problem.setProperty("report", e.report());
        }
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "badRequest", text("error.badRequest")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Bulk API request failed", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error", text("exchange.api.general")));
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("exchange.api.title." + titleKey));
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
