package nl.maatstaf.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

class RequestErrorsTest {

    @Test
    void takesAFormBodyTheFirewallRejectsForABadRequest() {
        assertThat(RequestErrors.clientStatus(new RequestRejectedException("parameter name not allowed")))
                .contains(HttpStatus.BAD_REQUEST);
    }

    @Test
    void findsTheClientErrorBehindAWrappingException() {
        ServletException wrapped = new ServletException(new MultipartException("no boundary"));

        assertThat(RequestErrors.clientStatus(wrapped)).contains(HttpStatus.BAD_REQUEST);
    }

    @Test
    void takesAnUnsupportedContentTypeForUnsupportedMediaType() {
        HttpMediaTypeNotSupportedException unsupported =
                new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON));

        assertThat(RequestErrors.clientStatus(unsupported)).contains(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void leavesFailuresOfTheServerAndTooLargeUploadsToTheirOwnHandling() {
        assertThat(RequestErrors.clientStatus(new IllegalStateException("bug"))).isEmpty();
        assertThat(RequestErrors.clientStatus(new MaxUploadSizeExceededException(1)))
                .isEmpty();
    }
}
