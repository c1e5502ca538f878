package nl.maatstaf.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beheerder's overview of every account (/beheer/** is for beheerders only, see
 * SecurityConfiguration): create an organisation's users or a beheerder, change rights,
 * deactivate and make reset links. The organisation of a new account is named in the form and
 * must exist.
 */
@Controller
class AdminUsersController {

    static final String PAGE = "/beheer/gebruikers";

    private final UserAdministration administration;
    private final UserPages pages;

    AdminUsersController(UserAdministration administration, UserPages pages) {
        this.administration = administration;
        this.pages = pages;
    }

    @GetMapping(PAGE)
    String list(
            @AuthenticationPrincipal MaatstafUser user,
            @RequestParam(name = "organisatie", required = false) Long organisationId,
            Model model) {
        try {
            return pages.show(model, PAGE, true, administration.list(user, organisationId), organisationId);
        } catch (UserChangeRefused refused) {
            throw new UserNotFoundException();
        }
    }

    @PostMapping(PAGE)
    String create(
            @AuthenticationPrincipal MaatstafUser user, @ModelAttribute("form") UserPages.UserForm form, Model model) {
        try {
            Long organisationId = Role.BEHEERDER.name().equals(form.role()) ? null : form.organisationId();
            UserAdministration.Created created = administration.create(user, organisationId, form.toRequest());
            UserPages.linkMade(model, created.user().username(), created.link(), organisationId);
            return pages.show(model, PAGE, true, administration.list(user, organisationId), organisationId);
        } catch (UserChangeRefused refused) {
            model.addAttribute("errors", refusedFields(refused));
            model.addAttribute("formRefused", refused.messageKey());
            return pages.show(model, PAGE, true, administration.list(user, null), null);
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
            UserPages.linkMade(model, target.username(), administration.resetLink(user, id), target.organisationId());
            return pages.show(
                    model, PAGE, true, administration.list(user, target.organisationId()), target.organisationId());
        } catch (UserChangeRefused refused) {
            if (refused.kind() == UserChangeRefused.Kind.NOT_FOUND) {
                throw new UserNotFoundException();
            }
            UserPages.refused(redirect, refused);
            return "redirect:" + PAGE;
        }
    }

    /** An unknown organisation is the form's organisation field's problem. */
    private static java.util.Map<String, String> refusedFields(UserChangeRefused refused) {
        if (refused.kind() == UserChangeRefused.Kind.NOT_FOUND) {
            return java.util.Map.of("organisationId", refused.messageKey());
        }
        return refused.errors();
    }
}
