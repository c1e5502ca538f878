package nl.maatstaf.submission;

import org.springframework.http.HttpStatus;

/**
 * A refusal of the API with a Dutch explanation, turned into a problem document.
 *
 * @param errors extra detail per field or finding, or null
 */
class SubmissionApiException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String titleKey;
    private final transient Object errors;

    SubmissionApiException(HttpStatus status, String titleKey, String detail, Object errors) {
        super(detail);
        this.status = status;
        this.titleKey = titleKey;
        this.errors = errors;
    }

    HttpStatus status() {
        return status;
    }

    String titleKey() {
        return titleKey;
    }

    Object errors() {
        return errors;
    }
}
