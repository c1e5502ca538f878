package nl.maatstaf.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.TreeMap;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user changes their own password: the current one proves it is them (not someone at an
 * unlocked screen), the new one twice and under the password policy. The user's other sessions
 * end, so a session someone else may hold is closed with the old password.
 */
@Controller
class PasswordController {

    static final String PAGE = "/account/wachtwoord";

    private final UserAccounts accounts;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<?> sessions;

    PasswordController(
            UserAccounts accounts,
            PasswordPolicy policy,
            AuditLog audit,
            FindByIndexNameSessionRepository<?> sessions) {
        this.accounts = accounts;
        this.policy = policy;
        this.audit = audit;
        this.sessions = sessions;
    }

    @GetMapping(PAGE)
    String form() {
        return "account/password";
    }

    @PostMapping(PAGE)
    @Transactional
    String change(
            @AuthenticationPrincipal MaatstafUser user,
            @ModelAttribute PasswordForm form,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new TreeMap<>();
        if (!accounts.hasPassword(user.id(), form.currentPassword())) {
            errors.put("currentPassword", "password.error.current");
        }
        policy.problem(user.getUsername(), form.newPassword()).ifPresent(problem -> errors.put("newPassword", problem));
        if (form.newPassword() != null && !form.newPassword().equals(form.repeatedPassword())) {
            errors.put("repeatedPassword", "password.error.repeated");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return "account/password";
        }
        accounts.changePassword(user.id(), form.newPassword());
        audit.record(AuditEntry.action(
                user.getUsername(), user.organisationId(), "WACHTWOORD_GEWIJZIGD", "app_user", user.getUsername()));
        endOtherSessions(user, request.getSession(false));
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PAGE;
    }

    private void endOtherSessions(MaatstafUser user, HttpSession current) {
        String currentId = current == null ? null : current.getId();
        sessions.findByPrincipalName(user.getUsername()).keySet().stream()
                .filter(id -> !id.equals(currentId))
                .forEach(sessions::deleteById);
    }

    /** The fields of the form; the passwords are never shown again or logged. */
    record PasswordForm(String currentPassword, String newPassword, String repeatedPassword) {
        @Override
        public String toString() {
            return "PasswordForm[…]";
        }
    }
}
