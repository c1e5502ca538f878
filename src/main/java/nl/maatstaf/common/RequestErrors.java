package nl.maatstaf.common;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Tells a request the server cannot read apart from a failure of the server, for every handler
 * that answers errors (the API advices and the error page alike), so that a client's mistake is
 * never answered as our own. Several of these surface only once a controller reads its
 * arguments: the firewall of Spring Security checks the parameter names of a form body lazily,
 * so a body of random bytes sent as a form (the default of {@code curl -d}) is rejected inside
 * the controller call, and a catch-all handler would make a 500 of it.
 */
public final class RequestErrors {

    private RequestErrors() {}

    /** The status a client error deserves, or empty when the exception is the server's failure. */
    public static Optional<HttpStatus> clientStatus(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpMediaTypeNotSupportedException) {
                return Optional.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            }
            if (cause instanceof HttpMessageNotReadableException
                    || cause instanceof RequestRejectedException
                    || (cause instanceof MultipartException && !(cause instanceof MaxUploadSizeExceededException))) {
                return Optional.of(HttpStatus.BAD_REQUEST);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
