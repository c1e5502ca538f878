package nl.maatstaf.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.results.ResultsReport;
import nl.maatstaf.results.ResultsReports;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * The downloads of the pages and the API: who may read what is decided by the results module, the
 * same way as for the results pages; this class only writes the files.
 */
@Component
class ReportDownloads {

    /** A download, by its file name on the results pages and in the API. */
    enum Kind {
        PDF("rapport.pdf", "report.pdf", "pdf", MediaType.APPLICATION_PDF),
        XLSX(
                "resultaten.xlsx",
                "results.xlsx",
                "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        CSV("resultaten.csv", "results.csv", "csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

        /** The file names of the pages, as a path pattern. */
        static final String PAGE_FILES = "rapport\\.pdf|resultaten\\.xlsx|resultaten\\.csv";

        /** The file names of the API, as a path pattern. */
        static final String API_FILES = "report\\.pdf|results\\.xlsx|results\\.csv";

        private final String pageFile;
        private final String apiFile;
        private final String extension;
        private final MediaType mediaType;

        Kind(String pageFile, String apiFile, String extension, MediaType mediaType) {
            this.pageFile = pageFile;
            this.apiFile = apiFile;
            this.extension = extension;
            this.mediaType = mediaType;
        }

        static Kind ofPageFile(String file) {
            return Arrays.stream(values())
                    .filter(kind -> kind.pageFile.equals(file))
                    .findFirst()
                    .orElseThrow();
        }

        static Kind ofApiFile(String file) {
            return Arrays.stream(values())
                    .filter(kind -> kind.apiFile.equals(file))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private final ResultsReports reports;
    private final Clock clock;
    private final PdfReport pdf;
    private final ExportRows rows;

    ReportDownloads(ResultsReports reports, ITemplateEngine templates, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        ReportTexts texts = new ReportTexts(messages);
        this.pdf = new PdfReport(templates, texts);
        this.rows = new ExportRows(texts);
    }

    ResponseEntity<byte[]> download(
            Kind kind, MaatstafUser user, String organisation, String year, String module, String policy) {
        ResultsReport report = reports.read(user, organisation, year, module, policy, kind.pageFile);
        Instant now = clock.instant();
        byte[] body = switch (kind) {
            case PDF -> pdf.render(report, now);
            case XLSX -> ExcelExport.write(rows.sheets(report, now));
            case CSV -> CsvExport.write(rows.sheets(report, now));
        };
        return ResponseEntity.ok()
                .contentType(kind.mediaType)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(report, kind))
                                .build()
                                .toString())
                .body(body);
    }

    static String fileName(ResultsReport report, Kind kind) {
        return "maatstaf-" + report.slug() + "-" + report.year() + "-" + report.organisationId()
                + (report.preliminary() ? "-voorlopig" : "") + "." + kind.extension;
    }
}
