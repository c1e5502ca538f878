package nl.maatstaf.edition;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown year or module: a plain 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EditionNotFoundException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    EditionNotFoundException(String message) {
        super(message);
    }
}
