package nl.maatstaf.submission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown year or module, or an organisation that does not take part: a plain 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SubmissionNotFoundException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    SubmissionNotFoundException(String message) {
        super(message);
    }
}
