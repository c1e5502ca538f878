package nl.maatstaf.account;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An org-admin manages the accounts of their own organisation. The organisation always comes
 * from the logged-in user, never from the form.
 */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class OrganisationUsersController {

    private static final Set<String> ASSIGNABLE_ROLES = Set.of(Role.DEELNEMER.name(), Role.LEZER.name());

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final PasswordPolicy passwordPolicy;

    OrganisationUsersController(UserAccounts accounts, AuditLog audit, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.audit = audit;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping("/organisatie/gebruikers")
    String list(@AuthenticationPrincipal MaatstafUser user, Model model) {
        model.addAttribute("users", accounts.ofOrganisation(user.organisationId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewUserForm("", "", Role.DEELNEMER.name(), false, ""));
        }
        return "account/users";
    }

    @PostMapping("/organisatie/gebruikers")
    @Transactional
    String create(
            @AuthenticationPrincipal MaatstafUser user,
            @ModelAttribute("form") NewUserForm form,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return list(user, model);
        }
        Role role = Role.valueOf(form.role());
        String username = form.username().strip();
        boolean orgAdmin = Boolean.TRUE.equals(form.orgAdmin()) && role == Role.DEELNEMER;
        accounts.create(new UserAccounts.NewAccount(
                username, form.password(), form.displayName().strip(), role, user.organisationId(), orgAdmin));
        // The rights given are part of the fact: who may now do what in the organisation.
        audit.record(new AuditEntry(
                user.getUsername(),
                user.organisationId(),
                "GEBRUIKER_AANGEMAAKT",
                "app_user",
                username,
                "role,org_admin",
                null,
                role.name() + "," + orgAdmin));
        redirect.addFlashAttribute("created", username);
        return "redirect:/organisatie/gebruikers";
    }

    private Map<String, String> validate(NewUserForm form) {
        Map<String, String> errors = new TreeMap<>();
        String username = form.username() == null ? "" : form.username().strip();
        if (!username.matches("[A-Za-z0-9._@-]{3,100}")) {
            errors.put("username", "users.error.username");
        } else if (accounts.find(username).isPresent()) {
            errors.put("username", "users.error.usernameTaken");
        }
        if (form.displayName() == null
                || form.displayName().isBlank()
                || form.displayName().length() > 150) {
            errors.put("displayName", "users.error.displayName");
        }
        if (!ASSIGNABLE_ROLES.contains(form.role())) {
            errors.put("role", "users.error.role");
        }
        passwordPolicy.problem(username, form.password()).ifPresent(problem -> errors.put("password", problem));
        return errors;
    }

    /** The form of a new account; an org-admin can only create deelnemers and lezers of its own organisation. */
    record NewUserForm(String username, String displayName, String role, Boolean orgAdmin, String password) {}
}
