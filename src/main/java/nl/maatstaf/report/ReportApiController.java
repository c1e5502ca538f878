package nl.maatstaf.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.maatstaf.account.MaatstafUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report and exports in the API, with the same authorisation as the results document. The
 * mappings name no media type, so a client that asks for JSON still gets the file it addressed.
 */
@RestController
@Tag(name = "Resultaten", description = "An organisation's results against its reference group")
class ReportApiController {

    private static final String BASE = "/api/v1/organisations/{organisationId}/results/{year}/{module}";

    private final ReportDownloads downloads;

    ReportApiController(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(BASE + "/report.pdf")
    @Operation(
            summary = "PDF report of an organisation's results for one module and peiljaar",
            description = "A4 report in Dutch: summary, overview chart, cost and formation tables, workload"
                    + " indicators, reference spread, trend over the peiljaren, the reference group and how to read"
                    + " differences. Marked \"voorlopig\" and without reference values while the peiljaar is not"
                    + " published. Participants may read only their own organisation; a beheerder's read is audited.")
    @ApiResponse(responseCode = "200", description = "The report", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    @ApiResponse(responseCode = "403", description = "Another organisation than the caller's own", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "Unknown year, module or organisation, not enrolled, or no approved submission",
            content = @Content)
    ResponseEntity<byte[]> report(
            @Parameter(description = "Organisation id") @PathVariable String organisationId,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Module code or slug", example = "PARTICIPATIE") @PathVariable String module,
            @Parameter(
                            description = "Reference group policy among those the edition allows (see the results"
                                    + " endpoint); otherwise the edition's default",
                            example = "NAASTE_BUREN")
                    @RequestParam(name = "referentie", required = false)
                    String policy,
            @AuthenticationPrincipal MaatstafUser user) {
        return downloads.download(ReportDownloads.Kind.PDF, user, organisationId, year, module, policy);
    }

    @GetMapping(BASE + "/results.xlsx")
    @Operation(
            summary = "Results as an Excel workbook",
            description = "Sheets Overzicht, Kosten, Formatie, Werklastindicatoren and Trend; one row per figure"
                    + " with own value, reference, deviation, deviation %, number of references and spread (lowest,"
                    + " Q1, median, Q3, highest). Numbers are numeric cells with Dutch display formats. Reference"
                    + " cells are empty below k and while the peiljaar is preliminary.")
    @ApiResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    @ApiResponse(responseCode = "403", description = "Another organisation than the caller's own", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such results", content = @Content)
    ResponseEntity<byte[]> excel(
            @Parameter(description = "Organisation id") @PathVariable String organisationId,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Module code or slug", example = "PARTICIPATIE") @PathVariable String module,
            @Parameter(
                            description = "Reference group policy among those the edition allows (see the results"
                                    + " endpoint); otherwise the edition's default",
                            example = "NAASTE_BUREN")
                    @RequestParam(name = "referentie", required = false)
                    String policy,
            @AuthenticationPrincipal MaatstafUser user) {
        return downloads.download(ReportDownloads.Kind.XLSX, user, organisationId, year, module, policy);
    }

    @GetMapping(BASE + "/results.csv")
    @Operation(
            summary = "Results as CSV for Dutch spreadsheets",
            description = "The sheets of the Excel export as sections. UTF-8 with byte order mark, semicolon"
                    + " separated, decimal comma, numbers rounded to two decimals without thousands separators,"
                    + " CRLF line ends; fields with a semicolon, quote or line break are quoted.")
    @ApiResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    @ApiResponse(responseCode = "403", description = "Another organisation than the caller's own", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such results", content = @Content)
    ResponseEntity<byte[]> csv(
            @Parameter(description = "Organisation id") @PathVariable String organisationId,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Module code or slug", example = "PARTICIPATIE") @PathVariable String module,
            @Parameter(
                            description = "Reference group policy among those the edition allows (see the results"
                                    + " endpoint); otherwise the edition's default",
                            example = "NAASTE_BUREN")
                    @RequestParam(name = "referentie", required = false)
                    String policy,
            @AuthenticationPrincipal MaatstafUser user) {
        return downloads.download(ReportDownloads.Kind.CSV, user, organisationId, year, module, policy);
    }
}
