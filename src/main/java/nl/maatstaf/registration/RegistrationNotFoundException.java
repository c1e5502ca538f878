package nl.maatstaf.registration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown peiljaar, module, organisation or application in a page address: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RegistrationNotFoundException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    RegistrationNotFoundException() {
        super("Unknown peiljaar, module, organisation or application");
    }
}
