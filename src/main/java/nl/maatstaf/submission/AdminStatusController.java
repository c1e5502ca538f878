package nl.maatstaf.submission;

import java.util.List;
import nl.maatstaf.catalog.CatalogService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Submission progress of a peiljaar for the beheerder. */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class AdminStatusController {

    private final CatalogService catalog;
    private final StatusOverview overview;

    AdminStatusController(CatalogService catalog, StatusOverview overview) {
        this.catalog = catalog;
        this.overview = overview;
    }

    @GetMapping("/beheer/status")
    String status(@RequestParam(name = "jaar", required = false) String jaar, Model model) {
        List<Integer> years = catalog.years();
        Integer year = chosenYear(jaar, years);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("statuses", StatusOverview.STATUSES);
        if (year != null) {
            model.addAttribute("overview", overview.of(year, catalog.forYear(year)));
        }
        return "admin/status";
    }

    // An unknown or mistyped year shows the newest one instead of an error page.
    private static Integer chosenYear(String requested, List<Integer> years) {
        if (requested != null) {
            try {
                int year = Integer.parseInt(requested.strip());
                if (years.contains(year)) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // fall through to the newest year
            }
        }
        return years.isEmpty() ? null : years.get(0);
    }
}
