package nl.maatstaf.account;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An org-admin manages the accounts of their own organisation. The organisation always comes
 * from the logged-in user, never from the form; another organisation's account is not found.
 */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class OrganisationUsersController {

    static final String PAGE = "/organisatie/gebruikers";

    private final UserAdministration administration;
    private final UserPages pages;

    OrganisationUsersController(UserAdministration administration, UserPages pages) {
        this.administration = administration;
        this.pages = pages;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal MaatstafUser user, Model model) {
        return pages.show(model, PAGE, false, administration.list(user, user.organisationId()), null);
    }

    @PostMapping(PAGE)
    String create(
            @AuthenticationPrincipal MaatstafUser user, @ModelAttribute("form") UserPages.UserForm form, Model model) {
        try {
            UserAdministration.Created created = administration.create(user, user.organisationId(), form.toRequest());
            UserPages.linkMade(model, created.user().username(), created.link(), null);
            return list(user, model);
        } catch (UserChangeRefused refused) {
            model.addAttribute("errors", refused.errors());
            model.addAttribute("formRefused", refused.messageKey());
            return list(user, model);
        }
    }

    @PostMapping(PAGE + "/{id}")
    String change(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long id,
            @ModelAttribute UserPages.AccessForm form,
            RedirectAttributes redirect) {
        return UserPages.change(administration, user, id, form, redirect, PAGE);
    }

    @PostMapping(PAGE + "/{id}/herstellink")
    String resetLink(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long id,
            Model model,
            RedirectAttributes redirect) {
        try {
            UserRow target = administration.get(user, id);
            UserPages.linkMade(model, target.username(), administration.resetLink(user, id), null);
            return list(user, model);
        } catch (UserChangeRefused refused) {
            if (refused.kind() == UserChangeRefused.Kind.NOT_FOUND) {
                throw new UserNotFoundException();
            }
            UserPages.refused(redirect, refused);
            return "redirect:" + PAGE;
        }
    }
}
