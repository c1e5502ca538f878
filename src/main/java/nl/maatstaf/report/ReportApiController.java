package nl.maatstaf.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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

    @GetMapping(BASE + "/{file:" + ReportDownloads.Kind.API_FILES + "}")
    @Operation(
            summary = "An organisation's results for one module and peiljaar as a file: PDF report, Excel or CSV",
            description = "report.pdf: A4 report in Dutch with summary, overview chart, cost and formation tables,"
                    + " workload indicators, reference spread, trend over the peiljaren, the reference group and how"
                    + " to read differences.\n\n"
                    + "results.xlsx: sheets Overzicht, Kosten, Formatie, Werklastindicatoren and Trend; one row per"
                    + " figure with own value, reference, deviation, deviation %, number of references and spread"
                    + " (lowest, Q1, median, Q3, highest); numbers are numeric cells with Dutch display formats."
                    + " For the organisation's own users the last column Voetnoot numbers its explanations at"
                    + " their figures, and a last sheet Toelichtingen lists them (number, figure, text).\n\n"
                    + "results.csv: the sheets of the Excel export as sections; UTF-8 with byte order mark,"
                    + " semicolon separated, decimal comma, numbers rounded to two decimals without thousands"
                    + " separators, CRLF line ends; fields with a semicolon, quote or line break are quoted. Numbers"
                    + " are rounded half away from zero. The explanations are the last section, Toelichtingen.\n\n"
                    + "Reference values are absent below k and while the peiljaar is not published (the files are"
                    + " then marked \"voorlopig\"). Participants may read only their own organisation; a"
                    + " beheerder's read is audited.")
    @ApiResponse(
            responseCode = "200",
            description = "The file",
            content = {
                @Content(mediaType = "application/pdf"),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                @Content(mediaType = "text/csv")
            })
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content)
    @ApiResponse(responseCode = "403", description = "Another organisation than the caller's own", content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "Unknown year, module or organisation, not enrolled, or no approved submission",
            content = @Content)
    ResponseEntity<byte[]> download(
            @Parameter(description = "Organisation id") @PathVariable String organisationId,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Module code or slug", example = "PARTICIPATIE") @PathVariable String module,
            @Parameter(
                            description = "The file",
                            schema = @Schema(allowableValues = {"report.pdf", "results.xlsx", "results.csv"}))
                    @PathVariable
                    String file,
            @Parameter(
                            description = "Reference group policy among those the edition allows (see the results"
                                    + " endpoint); otherwise the edition's default",
                            example = "NAASTE_BUREN")
                    @RequestParam(name = "referentie", required = false)
                    String policy,
            @AuthenticationPrincipal MaatstafUser user) {
        return downloads.download(ReportDownloads.Kind.ofApiFile(file), user, organisationId, year, module, policy);
    }
}
