package nl.maatstaf.submission;

import java.util.List;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.EnrolmentApplications;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    private final EnrolmentApplications applications;
    private final NonSubmitterContacts contacts;

    AdminStatusController(
            CatalogService catalog,
            StatusOverview overview,
            EnrolmentApplications applications,
            NonSubmitterContacts contacts) {
        this.catalog = catalog;
        this.overview = overview;
        this.applications = applications;
        this.contacts = contacts;
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
            model.addAttribute("pendingApplications", applications.pendingCount(year));
        }
        return "admin/status";
    }

    /** The contact persons of those that have not submitted, for a reminder; audited (personal data). */
    @GetMapping("/beheer/status/contactpersonen.csv")
    ResponseEntity<byte[]> contacts(
            @RequestParam(name = "jaar", required = false) String jaar, @AuthenticationPrincipal MaatstafUser user) {
        List<Integer> years = catalog.years();
        Integer year = chosenYear(jaar, years);
        if (year == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] csv = contacts.csv(year, catalog.forYear(year), user.getUsername());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("contactpersonen-niet-ingediend-" + year + ".csv")
                                .build()
                                .toString())
                .body(csv);
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
