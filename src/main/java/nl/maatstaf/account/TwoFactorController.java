package nl.maatstaf.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor login: the code step after the password, and the page to turn it on (with the
 * secret and the otpauth address for an authenticator app, confirmed by a first code) and off.
 * Wrong codes count as failed logins of the account, under the same guessing limits.
 */
@Controller
class TwoFactorController {

    private static final String ISSUER = "Maatstaf";

    private final TwoFactorService twoFactor;
    private final TwoFactorPolicy policy;
    private final UserAccounts accounts;
    private final UserRows rows;
    private final LoginAttempts attempts;

    TwoFactorController(
            TwoFactorService twoFactor,
            TwoFactorPolicy policy,
            UserAccounts accounts,
            UserRows rows,
            LoginAttempts attempts) {
        this.twoFactor = twoFactor;
        this.policy = policy;
        this.accounts = accounts;
        this.rows = rows;
        this.attempts = attempts;
    }

    @GetMapping(TwoStepLogin.CODE_PAGE)
    String codeForm() {
        return "account/login-code";
    }

    @PostMapping(TwoStepLogin.CODE_PAGE)
    String code(
            @AuthenticationPrincipal MaatstafUser user,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        LoginDetails details = new LoginDetails(SecurityText.address(request.getRemoteAddr()), LoginChannel.FORM);
        if (attempts.lockedUntil(user.getUsername(), details.sourceAddress()).isPresent()) {
            attempts.recordRefusal(user.getUsername(), details);
            model.addAttribute("error", "code.tooManyAttempts");
            return "account/login-code";
        }
        if (!twoFactor.verifyLogin(user, code)) {
            attempts.recordFailure(user.getUsername(), details);
            model.addAttribute("error", "code.wrong");
            return "account/login-code";
        }
        attempts.recordSuccess(user.getUsername());
        rows.recordLogin(user.getUsername());
        // A new session id for the fully logged-in session, as after the password step.
        request.changeSessionId();
        TwoStepLogin.signInFully(fresh(user), request, response);
        return "redirect:/";
    }

    @GetMapping(TwoStepLogin.ENROLMENT_PAGE)
    String page(@AuthenticationPrincipal MaatstafUser user, Model model) {
        boolean enabled = twoFactor.enabled(user);
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", policy.beheerderRequired() && user.isBeheerder());
        if (!enabled) {
            String secret = twoFactor.enrolmentSecret(user);
            model.addAttribute("secret", grouped(secret));
            model.addAttribute("uri", Totp.uri(ISSUER, user.getUsername(), secret));
        }
        return "account/two-factor";
    }

    @PostMapping(TwoStepLogin.ENROLMENT_PAGE + "/aan")
    String turnOn(
            @AuthenticationPrincipal MaatstafUser user,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!checked(user, code, request, () -> twoFactor.confirm(user, code))) {
            model.addAttribute("error", "twoFactor.wrongCode");
            return page(user, model);
        }
        TwoStepLogin.signInFully(fresh(user), request, response);
        redirect.addFlashAttribute("turnedOn", true);
        return "redirect:" + TwoStepLogin.ENROLMENT_PAGE;
    }

    @PostMapping(TwoStepLogin.ENROLMENT_PAGE + "/uit")
    String turnOff(
            @AuthenticationPrincipal MaatstafUser user,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (policy.beheerderRequired() && user.isBeheerder()) {
            model.addAttribute("error", "twoFactor.requiredForBeheerder");
            return page(user, model);
        }
        if (!checked(user, code, request, () -> twoFactor.turnOff(user, code))) {
            model.addAttribute("error", "twoFactor.wrongCode");
            return page(user, model);
        }
        TwoStepLogin.signInFully(fresh(user), request, response);
        redirect.addFlashAttribute("turnedOff", true);
        return "redirect:" + TwoStepLogin.ENROLMENT_PAGE;
    }

    /** A code check under the guessing limits: a locked account is refused without trying. */
    private boolean checked(
            MaatstafUser user, String code, HttpServletRequest request, java.util.function.BooleanSupplier check) {
        LoginDetails details = new LoginDetails(SecurityText.address(request.getRemoteAddr()), LoginChannel.FORM);
        if (attempts.lockedUntil(user.getUsername(), details.sourceAddress()).isPresent()) {
            attempts.recordRefusal(user.getUsername(), details);
            return false;
        }
        if (!check.getAsBoolean()) {
            attempts.recordFailure(user.getUsername(), details);
            return false;
        }
        return true;
    }

    /** The account as stored now, so the session knows whether two-factor login is on. */
    private MaatstafUser fresh(MaatstafUser user) {
        Optional<MaatstafUser> found = accounts.find(user.getUsername());
        MaatstafUser current = found.orElseThrow();
        current.eraseCredentials();
        return current;
    }

    /** The secret in groups of four, easier to type over. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
