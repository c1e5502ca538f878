package nl.maatstaf.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.temporal.ChronoUnit;
import nl.maatstaf.common.DutchTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demo;

    /** The demo passwords are only worth mentioning where the demo accounts exist. */
    LoginController(@Value("${maatstaf.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("demoHint", demo);
        if (request.getParameter("teveel") != null) {
            model.addAttribute("retryAt", retryAt(request.getSession(false)));
        }
        return "account/login";
    }

    /** The time of day a locked login may be tried again, rounded up to the minute; null when unknown. */
    private static String retryAt(HttpSession session) {
        Object failure = session == null ? null : session.getAttribute("SPRING_SECURITY_LAST_EXCEPTION");
        if (!(failure instanceof LoginThrottledException throttled)) {
            return null;
        }
        return DutchTime.timeOfDay(throttled.retryAt().plus(59, ChronoUnit.SECONDS));
    }
}
