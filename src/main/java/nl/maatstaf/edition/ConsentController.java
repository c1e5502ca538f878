package nl.maatstaf.edition;

import nl.maatstaf.account.MaatstafUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An org-admin gives or withdraws the organisation's consent to take part in named sets
 * (maatwerkvergelijking). The organisation always comes from the logged-in user.
 */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class ConsentController {

    private final EditionService editions;

    ConsentController(EditionService editions) {
        this.editions = editions;
    }

    @GetMapping("/organisatie/toestemming")
    String page(@AuthenticationPrincipal MaatstafUser user, Model model) {
        model.addAttribute("consented", editions.hasConsented(user.organisationId()));
        return "edition/consent";
    }

    @PostMapping("/organisatie/toestemming")
    String change(
            @AuthenticationPrincipal MaatstafUser user,
            @ModelAttribute EditionForms.ConsentForm form,
            RedirectAttributes redirect) {
        if ("JA".equals(form.consent()) || "NEE".equals(form.consent())) {
            boolean consent = "JA".equals(form.consent());
            editions.setConsent(user.organisationId(), consent, user.getUsername());
            redirect.addFlashAttribute("saved", consent ? "consent.saved.given" : "consent.saved.withdrawn");
        }
        return "redirect:/organisatie/toestemming";
    }
}
