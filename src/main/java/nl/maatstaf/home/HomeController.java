package nl.maatstaf.home;

import java.util.List;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page: per module of the chosen peiljaar, its Toelichting, Data aanleveren and results. */
@Controller
class HomeController {

    private final CatalogService catalog;
    private final Enrolments enrolments;
    private final OrganisationService organisations;

    HomeController(CatalogService catalog, Enrolments enrolments, OrganisationService organisations) {
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.organisations = organisations;
    }

    @GetMapping("/")
    String home(
            @AuthenticationPrincipal MaatstafUser user,
            @RequestParam(name = "jaar", required = false) Integer requestedYear,
            Model model) {
        List<Integer> years = catalog.years();
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
        return "home/index";
    }
}
