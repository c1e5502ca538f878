package nl.maatstaf.submission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Another organisation's data, or a lezer trying to change something. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class SubmissionForbiddenException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    SubmissionForbiddenException(String message) {
        super(message);
    }
}
