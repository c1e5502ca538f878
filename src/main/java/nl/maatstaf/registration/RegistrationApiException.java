package nl.maatstaf.registration;

import org.springframework.http.HttpStatus;

/** A refusal of the enrolment API with a Dutch explanation, turned into a problem document. */
class RegistrationApiException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String titleKey;

    RegistrationApiException(HttpStatus status, String titleKey, String detail) {
        super(detail);
        this.status = status;
        this.titleKey = titleKey;
    }

    HttpStatus status() {
        return status;
    }

    String titleKey() {
        return titleKey;
    }
}
