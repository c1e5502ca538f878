package nl.maatstaf.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An account the user may not manage is, to them, not there at all: 404, whether it exists or not. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFoundException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    UserNotFoundException() {
        super("No such user", null, false, false);
    }
}
