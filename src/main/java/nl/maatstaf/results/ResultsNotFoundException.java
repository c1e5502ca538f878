package nl.maatstaf.results;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Unknown year, module or organisation, or an organisation not enrolled. Annotated rather than a
 * ResponseStatusException so the servlet error page answers: a Dutch page for a browser, a
 * problem document for the API.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class ResultsNotFoundException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    ResultsNotFoundException(String message) {
        super(message);
    }
}
