package nl.maatstaf.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages of the one-time links: set the first password of a new account, set a new
 * one after a reset, and ask for a reset link. A link that is unknown, used, replaced or expired
 * gets one clear page and changes nothing.
 */
@Controller
class PasswordLinkController {

    static final String FORGOT = "/account/wachtwoord-vergeten";

    private final UserAdministration administration;

    PasswordLinkController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping(AccountLinks.ACTIVATION_PATH + "{token}")
    String activation(@PathVariable String token, Model model, HttpServletResponse response) {
        return form(token, TokenPurpose.ACTIVATION, model, response);
    }

    @PostMapping(AccountLinks.ACTIVATION_PATH + "{token}")
    String activate(
            @PathVariable String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeatedPassword,
            Model model,
            HttpServletResponse response) {
        return set(token, TokenPurpose.ACTIVATION, password, repeatedPassword, model, response);
    }

    @GetMapping(AccountLinks.RESET_PATH + "{token}")
    String reset(@PathVariable String token, Model model, HttpServletResponse response) {
        return form(token, TokenPurpose.RESET, model, response);
    }

    @PostMapping(AccountLinks.RESET_PATH + "{token}")
    String setAfterReset(
            @PathVariable String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeatedPassword,
            Model model,
            HttpServletResponse response) {
        return set(token, TokenPurpose.RESET, password, repeatedPassword, model, response);
    }

    @GetMapping(FORGOT)
    String forgot() {
        return "account/forgot";
    }

    /** The same answer whether the account exists or not, so the form tells nobody which do. */
    @PostMapping(FORGOT)
    String requestReset(
            @RequestParam(required = false) String account, HttpServletRequest request, RedirectAttributes redirect) {
        administration.requestReset(account, request.getRemoteAddr());
        redirect.addFlashAttribute("requested", true);
        return "redirect:" + FORGOT;
    }

    private String form(String token, TokenPurpose purpose, Model model, HttpServletResponse response) {
        Optional<UserRow> holder = administration.linkHolder(token, purpose);
        if (holder.isEmpty()) {
            return invalid(response);
        }
        return page(token, purpose, holder.get().username(), model);
    }

    private String set(
            String token,
            TokenPurpose purpose,
            String password,
            String repeated,
            Model model,
            HttpServletResponse response) {
        try {
            administration.setPasswordByLink(token, purpose, password, repeated);
        } catch (UserChangeRefused refused) {
            Optional<UserRow> holder = administration.linkHolder(token, purpose);
            if (refused.kind() != UserChangeRefused.Kind.INVALID || holder.isEmpty()) {
                return invalid(response);
            }
            model.addAttribute("errors", refused.errors());
            return page(token, purpose, holder.get().username(), model);
        }
        return "redirect:/login?" + (purpose == TokenPurpose.ACTIVATION ? "geactiveerd" : "hersteld");
    }

    private static String page(String token, TokenPurpose purpose, String username, Model model) {
        boolean activation = purpose == TokenPurpose.ACTIVATION;
        model.addAttribute("titleKey", activation ? "link.activationTitle" : "link.resetTitle");
        model.addAttribute("username", username);
        model.addAttribute("action", (activation ? AccountLinks.ACTIVATION_PATH : AccountLinks.RESET_PATH) + token);
        return "account/set-password";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "account/link-invalid";
    }
}
