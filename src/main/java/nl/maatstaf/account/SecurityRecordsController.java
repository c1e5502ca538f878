package nl.maatstaf.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The beheerder's security overview: current lockouts, the latest failed logins and the latest
 * refused requests, newest first. Only the beheerder reaches it (all of /beheer/ is theirs).
 */
@Controller
class SecurityRecordsController {

    static final int SHOWN = 100;

    private final LoginAttempts attempts;
    private final AccessDenials denials;

    SecurityRecordsController(LoginAttempts attempts, AccessDenials denials) {
        this.attempts = attempts;
        this.denials = denials;
    }

    @GetMapping("/beheer/aanmeldingen")
    String overview(Model model) {
        model.addAttribute("lockouts", attempts.current());
        model.addAttribute("failures", attempts.recent(SHOWN));
        model.addAttribute("denials", denials.recent(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "account/security-records";
    }
}
