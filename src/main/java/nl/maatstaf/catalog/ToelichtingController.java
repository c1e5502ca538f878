package nl.maatstaf.catalog;

import nl.maatstaf.account.MaatstafUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Definitions and rules of a module in a peiljaar: what to count where, and how figures are made. */
@Controller
class ToelichtingController {

    private final CatalogService catalog;

    ToelichtingController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/toelichting/{year}/{slug}")
    String toelichting(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            Model model) {
        ModuleCatalog module =
                catalog.findBySlug(year, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("module", module);
        model.addAttribute("year", year);
        model.addAttribute("kMinimum", catalog.kMinimum());
        model.addAttribute("changeLimit", ChangeWarnings.relativeLimitText());
        model.addAttribute("changeMinimumFte", ChangeWarnings.minimumFteText());
        model.addAttribute("changeMinimumCost", ChangeWarnings.minimumCostText());
        model.addAttribute("changeMinimumHoofdfactor", ChangeWarnings.minimumHoofdfactorText());
        return "catalog/toelichting";
    }
}
