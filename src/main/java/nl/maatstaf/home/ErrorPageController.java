package nl.maatstaf.home;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import nl.maatstaf.common.RequestErrors;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every error ends here: a Dutch page for people, a problem document for the API, never a
 * stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    ErrorPageController(MessageSource messages, LocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String errorPage(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = statusOf(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey(status));
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> errorDocument(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Locale locale = localeResolver.resolveLocale(request);
        String key = messageKey(status);
        String detail = messages.getMessage(key, null, locale);
        String title = messages.getMessage(key.replace("error.", "error.problem."), null, locale);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("status", status.value(), "title", title, "detail", detail));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || status == HttpStatus.INTERNAL_SERVER_ERROR) {
            // A body the server cannot read at all (a multipart request without boundary or cut
            // off, a form body that is no form) is a bad request, not our failure; it is thrown
            // before any controller, so no handler of a controller sees it.
            return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable exception
                    ? RequestErrors.clientStatus(exception).orElse(HttpStatus.INTERNAL_SERVER_ERROR)
                    : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return status;
    }

    private static String messageKey(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "error.badRequest";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 409 -> "error.conflict";
            case 413 -> "error.payloadTooLarge";
            case 415 -> "error.unsupportedMediaType";
            default -> "error.general";
        };
    }
}
