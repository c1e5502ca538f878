package nl.maatstaf.report;

import nl.maatstaf.account.MaatstafUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The downloads linked from a results page; the beheerder names the organisation like on the page. */
@Controller
class ReportController {

    private final ReportDownloads downloads;

    ReportController(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/resultaten/{year}/{slug}/rapport.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) String organisation,
            @RequestParam(name = "referentie", required = false) String policy,
            @AuthenticationPrincipal MaatstafUser user) {
        return downloads.download(ReportDownloads.Kind.PDF, user, organisation, year, slug, policy);
    }

    @GetMapping("/resultaten/{year}/{slug}/resultaten.xlsx")
    ResponseEntity<byte[]> excel(
            @PathVariable String year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) String organisation,
            @RequestParam(name = "referentie", required = false) String policy,
            @AuthenticationPrincipal MaatstafUser user) {
        return downloads.download(ReportDownloads.Kind.XLSX, user, organisation, year, slug, policy);
    }

    @GetMapping("/resultaten/{year}/{slug}/resultaten.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) String organisation,
            @RequestParam(name = "referentie", required = false) String policy,
            @AuthenticationPrincipal MaatstafUser user) {
        return downloads.download(ReportDownloads.Kind.CSV, user, organisation, year, slug, policy);
    }
}
