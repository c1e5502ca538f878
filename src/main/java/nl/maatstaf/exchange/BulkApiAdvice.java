package nl.maatstaf.exchange;

import java.util.Optional;
import nl.maatstaf.common.ProblemDocuments;
import nl.maatstaf.common.RequestErrors;
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

/** Every refusal of the bulk API as a problem document with a Dutch detail; never a stack trace. */
@RestControllerAdvice(assignableTypes = BulkApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BulkApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(BulkApiAdvice.class);

    private final ProblemDocuments problems;

    BulkApiAdvice(MessageSource messages) {
        this.problems = new ProblemDocuments(messages, "exchange.api.title.");
    }

    @ExceptionHandler(BulkApiException.class)
    ResponseEntity<ProblemDetail> refused(BulkApiException e) {
        ProblemDetail problem = problems.problem(e.status(), e.titleKey(), e.getMessage());
        if (e.report() != null) {
            problem.setProperty("report", e.report());
        }
        return problems.respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return problems.respond(HttpStatus.BAD_REQUEST, "badRequest", "error.badRequest");
    }

    /** A request the server cannot read is the client's mistake (see {@link RequestErrors}); anything else ours. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Optional<HttpStatus> clientError = RequestErrors.clientStatus(e);
        if (clientError.isPresent()) {
            return clientError.get() == HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    ? problems.respond(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupportedMediaType", "error.unsupportedMediaType")
                    : problems.respond(clientError.get(), "badRequest", "error.badRequest");
        }
        log.error("Bulk API request failed", e);
        return problems.respond(HttpStatus.INTERNAL_SERVER_ERROR, "error", "exchange.api.general");
    }
}
