package nl.maatstaf.common;

import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the problem documents an API answers a refusal with: a Dutch title from the API's own
 * bundle keys ({@code <titlePrefix><titleKey>}) and a Dutch detail, sent as problem JSON.
 */
public final class ProblemDocuments {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;
    private final String titlePrefix;

    /** @param titlePrefix the bundle key prefix of the titles, e.g. {@code "submission.api.title."} */
    public ProblemDocuments(MessageSource messages, String titlePrefix) {
        this.messages = messages;
        this.titlePrefix = titlePrefix;
    }

    /** A problem with the given status, the title under {@code titleKey} and the given detail. */
    public ProblemDetail problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text(titlePrefix + titleKey));
        return problem;
    }

    /** The problem as a response with its own status and the problem JSON media type. */
    public ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A problem with a Dutch detail from the bundle, as a response. */
    public ResponseEntity<ProblemDetail> respond(HttpStatus status, String titleKey, String detailKey, Object... args) {
        return respond(problem(status, titleKey, text(detailKey, args)));
    }

    /**
     * The answer to an exception no handler of the API knew. A request the server cannot read (not
     * JSON, the wrong shape, bytes the firewall rejects, an unsupported content type; see {@link
     * RequestErrors}) is the client's mistake; anything else is ours, logged and answered without
     * details.
     *
     * @param detailKeys the bundle keys of the details: unreadable, unsupported content type, ours
     */
    public ResponseEntity<ProblemDetail> unexpected(Exception e, Logger log, DetailKeys detailKeys) {
        Optional<HttpStatus> clientError = RequestErrors.clientStatus(e);
        if (clientError.isPresent()) {
            return clientError.get() == HttpStatus.UNSUPPORTED_MEDIA_TYPE
                    ? respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupportedMediaType", detailKeys.unsupported())
                    : respond(clientError.get(), "badRequest", detailKeys.unreadable());
        }
        log.error("API request failed", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "error", detailKeys.ours());
    }

    /** The bundle keys of the details {@link #unexpected} answers with. */
    public record DetailKeys(String unreadable, String unsupported, String ours) {}

    /** A text of the bundle in Dutch. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
