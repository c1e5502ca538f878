package nl.maatstaf.results;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A user asking for another organisation's results. */
@ResponseStatus(HttpStatus.FORBIDDEN)
final class ResultsForbiddenException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    ResultsForbiddenException(String message) {
        super(message);
    }
}
