package nl.maatstaf.catalog;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the peiljaren or catalogue API with a Dutch explanation, turned into a problem
 * document by {@link CatalogApiAdvice}.
 *
 * @param errors Dutch messages by request field, or empty
 */
class CatalogApiException extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String titleKey;
    private final transient Map<String, String> errors;

    CatalogApiException(HttpStatus status, String titleKey, String detail, Map<String, String> errors) {
        super(detail);
        this.status = status;
        this.titleKey = titleKey;
        this.errors = Map.copyOf(errors);
    }

    CatalogApiException(HttpStatus status, String titleKey, String detail) {
        this(status, titleKey, detail, Map.of());
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
}
