package nl.maatstaf.account;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.maatstaf.common.DutchTime;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the beheerder's and the org-admin's user pages share: one template, the rows as shown,
 * and the answers after a change (a link to pass on, a confirmation or a refusal).
 */
@Component
class UserPages {

    static final String TEMPLATE = "account/users";

    private final OrganisationDirectory organisations;

    UserPages(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    /** The page: the accounts, the forms, and for the beheerder the organisations to choose from. */
    String show(Model model, String basePath, boolean beheerder, List<UserRow> users, Long filter) {
        List<OrganisationDirectory.Entry> all = beheerder ? organisations.all() : List.of();
        Map<Long, String> names = all.stream()
                .collect(Collectors.toMap(OrganisationDirectory.Entry::id, OrganisationDirectory.Entry::name));
        model.addAttribute("basePath", basePath);
        model.addAttribute("beheerder", beheerder);
        model.addAttribute("organisations", all);
        model.addAttribute("filter", filter);
        model.addAttribute("users", users.stream().map(row -> view(row, names)).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm("", "", "", Role.DEELNEMER.name(), false, filter));
        }
        return TEMPLATE;
    }

    /**
     * After a new link: shown once, in the answer to the request that made it, with until when it
     * works and whether it was mailed. Not a redirect with a flash attribute: that would keep the
     * link in the session table, where only its hash belongs in the token table.
     */
    static void linkMade(Model model, String username, UserAdministration.Link link, Long organisationId) {
        model.addAttribute("link", link);
        model.addAttribute("linkFor", username);
        model.addAttribute("linkUntil", DutchTime.format(link.expiresAt()));
        model.addAttribute("form", new UserForm("", "", "", Role.DEELNEMER.name(), false, organisationId));
    }

    static void refused(RedirectAttributes redirect, UserChangeRefused refused) {
        redirect.addFlashAttribute("refused", refused.messageKey());
        redirect.addFlashAttribute("refusedErrors", refused.errors());
    }

    private static UserView view(UserRow row, Map<Long, String> names) {
        return new UserView(
                row,
                row.organisationId() == null ? "" : names.getOrDefault(row.organisationId(), ""),
                DutchTime.format(row.lastLoginAt()));
    }

    /** A row of the table: the account, its organisation's name and its last login in Dutch time. */
    record UserView(UserRow user, String organisation, String lastLogin) {}

    /** The form of a new account; the organisation counts on the beheerder's page only. */
    record UserForm(
            String username, String displayName, String email, String role, Boolean orgAdmin, Long organisationId) {

        NewUser toRequest() {
            return new NewUser(username, displayName, email, role, Boolean.TRUE.equals(orgAdmin));
        }
    }

    /** The form of a row: its rights after the change, with the version the page was shown at. */
    record AccessForm(String role, Boolean orgAdmin, Boolean active, Integer version) {

        AccessChange toRequest() {
            return new AccessChange(role, Boolean.TRUE.equals(orgAdmin), Boolean.TRUE.equals(active), version);
        }
    }

    /**
     * Applies a change of role, org-admin right or active state from either users page and sends
     * the browser back to it; an account the user may not manage is not found, as if it did not exist.
     */
    static String change(
            UserAdministration administration,
            MaatstafUser user,
            long id,
            AccessForm form,
            RedirectAttributes redirect,
            String page) {
        try {
            UserRow changed = administration.change(user, id, form.toRequest());
            redirect.addFlashAttribute("changed", changed.username());
        } catch (UserChangeRefused refused) {
            if (refused.kind() == UserChangeRefused.Kind.NOT_FOUND) {
                throw new UserNotFoundException();
            }
            refused(redirect, refused);
        }
        return "redirect:" + page;
    }
}
