package nl.maatstaf.registration;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.EnrolmentApplication;
import nl.maatstaf.catalog.EnrolmentApplications;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The org-admin's page of the organisation's enrolments in the open peiljaren, where it applies for
 * a module and sees the outcome. The organisation is always the user's own.
 */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class ApplicationController {

    private final CatalogService catalog;
    private final Enrolments enrolments;
    private final EnrolmentApplications applications;
    private final RegistrationTargets targets;
    private final MessageSource messages;

    ApplicationController(
            CatalogService catalog,
            Enrolments enrolments,
            EnrolmentApplications applications,
            RegistrationTargets targets,
            MessageSource messages) {
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.applications = applications;
        this.targets = targets;
        this.messages = messages;
    }

    /** A module of an open peiljaar with where the organisation stands in it. */
    record ModuleState(ModuleCatalog module, boolean enrolled, EnrolmentApplication application) {

        public boolean mayApply() {
            return !enrolled && (application == null || !application.pending());
        }
    }

    record YearStates(int year, List<ModuleState> modules) {}

    @GetMapping("/organisatie/inschrijvingen")
    String page(@AuthenticationPrincipal MaatstafUser user, Model model) {
        long organisationId = user.organisationId();
        List<EnrolmentApplication> own = applications.ofOrganisation(organisationId);
        List<YearStates> years = new ArrayList<>();
        for (int year : enrolments.openYears()) {
            List<ModuleState> states = new ArrayList<>();
            for (ModuleCatalog module : catalog.forYear(year)) {
                EnrolmentApplication application = own.stream()
                        .filter(a -> a.year() == year && a.moduleCode().equals(module.code()))
                        .findFirst()
                        .orElse(null);
                states.add(new ModuleState(
                        module, enrolments.isEnrolled(organisationId, year, module.code()), application));
            }
            years.add(new YearStates(year, states));
        }
        model.addAttribute("years", years);
        model.addAttribute("history", own);
        return "registration/applications";
    }

    @PostMapping("/organisatie/inschrijvingen")
    String apply(
            @AuthenticationPrincipal MaatstafUser user,
            @Valid @ModelAttribute RegistrationForms.ApplyForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<ModuleCatalog> module = targets.module(form.year(), form.module());
        Map<String, String> errors = EnrolmentAdminController.fieldErrors(binding);
        if (module.isEmpty() || !enrolments.isOpen(module.get().year())) {
            errors.put("module", text("registration.apply.unknownModule", locale));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("applyErrors", errors);
            model.addAttribute("applyForm", form);
            return page(user, model);
        }
        ModuleCatalog chosen = module.get();
        EnrolmentApplications.Outcome outcome = applications.apply(
                user.organisationId(), chosen.year(), chosen.code(), form.remark(), user.getUsername());
        String key = switch (outcome) {
            case APPLIED -> "registration.apply.applied";
            case ALREADY_ENROLLED -> "registration.apply.alreadyEnrolled";
            case ALREADY_PENDING -> "registration.apply.alreadyPending";
            case YEAR_NOT_OPEN -> "registration.apply.unknownModule";
        };
        redirect.addFlashAttribute(
                outcome == EnrolmentApplications.Outcome.APPLIED ? "notice" : "problem",
                text(key, locale, chosen.name().in(locale), chosen.year()));
        return "redirect:/organisatie/inschrijvingen";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
