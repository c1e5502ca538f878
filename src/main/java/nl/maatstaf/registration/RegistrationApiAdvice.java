package nl.maatstaf.registration;

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

/** Every refusal of the enrolment API as a problem document with a Dutch detail; never a stack trace. */
@RestControllerAdvice(assignableTypes = EnrolmentApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationApiAdvice {

    private static final Logger log = LoggerFactory.getLogger(RegistrationApiAdvice.class);

    private final ProblemDocuments problems;

    RegistrationApiAdvice(MessageSource messages) {
        this.problems = new ProblemDocuments(messages, "registration.api.title.");
    }

    @ExceptionHandler(RegistrationApiException.class)
    ResponseEntity<ProblemDetail> refused(RegistrationApiException e) {
        return problems.respond(problems.problem(e.status(), e.titleKey(), e.getMessage()));
    }

    /** Whatever no handler above knows (see {@link ProblemDocuments#unexpected}). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return problems.unexpected(
                e,
                log,
                new ProblemDocuments.DetailKeys(
                        "registration.api.unreadable",
                        "registration.api.unsupportedMediaType",
                        "registration.api.general"));
    }
}
