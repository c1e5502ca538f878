package nl.maatstaf.home;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.SubmissionProgress;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: per module of the chosen peiljaar, its Toelichting, Data aanleveren and results;
 * for an organisation also where each module stands and what to do next.
 */
@Controller
class HomeController {

    private final CatalogService catalog;
    private final Enrolments enrolments;
    private final OrganisationService organisations;
    private final SubmissionProgress progress;
    private final EditionService editions;

    HomeController(
            CatalogService catalog,
            Enrolments enrolments,
            OrganisationService organisations,
            SubmissionProgress progress,
            EditionService editions) {
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.progress = progress;
        this.editions = editions;
    }

    @GetMapping("/")
    String home(
            @AuthenticationPrincipal MaatstafUser user,
            @RequestParam(name = "jaar", required = false) Integer requestedYear,
            Model model) {
        List<Integer> years =
                user.organisationId() == null ? catalog.years() : enrolments.yearsOf(user.organisationId());
        Integer year = requestedYear != null && years.contains(requestedYear)
                ? requestedYear
                : years.isEmpty() ? null : years.get(0);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        Optional<Organisation> organisation =
                Optional.ofNullable(user.organisationId()).flatMap(organisations::find);
        model.addAttribute("organisation", organisation.orElse(null));
        List<ModuleCatalog> modules = year == null
                ? List.of()
                : organisation.map(o -> enrolments.modulesOf(o.id(), year)).orElseGet(() -> catalog.forYear(year));
        model.addAttribute("modules", modules);
        model.addAttribute("cards", cards(user, organisation, year, modules));
        return "home/index";
    }

    private List<ModuleCard> cards(
            MaatstafUser user, Optional<Organisation> organisation, Integer year, List<ModuleCatalog> modules) {
        if (organisation.isEmpty() || year == null) {
            return List.of();
        }
        Map<String, SubmissionProgress.ModuleProgress> stages =
                progress.of(organisation.get().id(), year);
        return modules.stream()
                .map(m -> ModuleCard.of(
                        m,
                        stages.get(m.code()),
                        editions.settings(year, m.code()).published(),
                        user))
                .toList();
    }
}
