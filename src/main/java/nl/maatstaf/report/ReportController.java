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

    // The path pattern admits only the three file names, so the lookup of the kind cannot fail.
    @GetMapping("/resultaten/{year}/{slug}/{file:" + ReportDownloads.Kind.PAGE_FILES + "}")
    ResponseEntity<byte[]> download(
            @PathVariable String year,
            @PathVariable String slug,
            @PathVariable String file,
            @RequestParam(name = "organisatie", required = false) String organisation,
            @RequestParam(name = "referentie", required = false) String policy,
            @AuthenticationPrincipal MaatstafUser user) {
        return downloads.download(ReportDownloads.Kind.ofPageFile(file), user, organisation, year, slug, policy);
    }
}
