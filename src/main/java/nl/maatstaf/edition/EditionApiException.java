package nl.maatstaf.edition;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the edition API with a Dutch explanation, turned into a problem document.
 *
 * @param errors Dutch messages by request field, or empty
 * @param problems Dutch explanations of what stands in the way, or empty
 */
class EditionApiException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String titleKey;
    private final transient Map<String, String> errors;
    private final transient List<String> problems;

    EditionApiException(
            HttpStatus status, String titleKey, String detail, Map<String, String> errors, List<String> problems) {
        super(detail);
        this.status = status;
        this.titleKey = titleKey;
        this.errors = Map.copyOf(errors);
        this.problems = List.copyOf(problems);
    }

    EditionApiException(HttpStatus status, String titleKey, String detail) {
        this(status, titleKey, detail, Map.of(), List.of());
    }

    HttpStatus status() {
        return status;
    }

    String titleKey() {
        return titleKey;
    }

    Map<String, String> errors() {
        return errors;
    }

    List<String> problems() {
        return problems;
    }
}
