package nl.maatstaf.results;

import java.util.Locale;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Bekijk resultaten: the results pages of one organisation, module and peiljaar. */
@Controller
class ResultsController {

    private final ResultsModules modules;
    private final ResultsAccess access;
    private final ResultsService results;
    private final ResultsPageFactory pages;
    private final OrganisationService organisations;
    private final Enrolments enrolments;
    private final ResultsTrends trends;
    private final FigureSpreads spreads;
    private final ResultsFootnotes footnotes;

    ResultsController(
            ResultsModules modules,
            ResultsAccess access,
            ResultsService results,
            ResultsPageFactory pages,
            OrganisationService organisations,
            Enrolments enrolments,
            ResultsTrends trends,
            FigureSpreads spreads,
            ResultsFootnotes footnotes) {
        this.modules = modules;
        this.access = access;
        this.results = results;
        this.pages = pages;
        this.organisations = organisations;
        this.enrolments = enrolments;
        this.trends = trends;
        this.spreads = spreads;
        this.footnotes = footnotes;
    }

    @GetMapping("/resultaten/{year}/{slug}")
    String results(
            @PathVariable String year,
            @PathVariable String slug,
            @RequestParam(name = "tab", required = false) String tab,
            @RequestParam(name = "organisatie", required = false) String requestedOrganisation,
            @RequestParam(name = "referentie", required = false) String requestedPolicy,
            @AuthenticationPrincipal MaatstafUser user,
            Locale locale,
            Model model) {
        ModuleCatalog module = modules.resolve(year, slug);
        model.addAttribute("module", module);
        model.addAttribute("moduleName", module.name().in(locale));
        Optional<Organisation> organisation = access.organisationToRead(user, requestedOrganisation, module);
        if (organisation.isEmpty()) {
            model.addAttribute(
                    "participants", organisations.findAll(enrolments.participants(module.year(), module.code())));
            return "results/pick";
        }
        model.addAttribute("organisation", organisation.get());
        // The beheerder's links must keep naming the organisation; a participant's never need to.
        model.addAttribute(
                "organisationParam", user.isBeheerder() ? organisation.get().id() : null);
        Optional<ResultsService.PageResults> found =
                results.pageResults(organisation.get().id(), module, requestedPolicy, user.isBeheerder(), locale);
        if (found.isEmpty()) {
            return "results/no-data";
        }
        model.addAttribute("policyOptions", found.get().options());
        model.addAttribute("chosenPolicy", found.get().chosenPolicy());
        // Tab links keep the chosen policy; the default needs no parameter.
        String policyParam = requestedPolicy == null || requestedPolicy.isBlank()
                ? null
                : found.get().chosenPolicy();
        model.addAttribute("policyParam", policyParam);
        ResultsTab shown = ResultsTab.of(tab);
        OrganisationResults shownResults = found.get().results();
        if (shown == ResultsTab.TREND) {
            model.addAttribute(
                    "trend", trends.trendOf(organisation.get().id(), module, policyParam, user.isBeheerder(), locale));
        } else if (shown == ResultsTab.KOSTEN) {
            model.addAttribute("spreads", spreads.costs(module, shownResults, locale));
        } else if (shown == ResultsTab.FORMATIE) {
            model.addAttribute("spreads", spreads.formation(module, shownResults, locale));
        }
        model.addAttribute("footnotes", footnotes.forViewer(user, module, shownResults, locale));
        model.addAttribute("tab", shown);
        model.addAttribute("tabs", ResultsTab.values());
        model.addAttribute(
                "page",
                pages.build(module, organisation.get().name(), found.get().results(), locale));
        return "results/page";
    }
}
