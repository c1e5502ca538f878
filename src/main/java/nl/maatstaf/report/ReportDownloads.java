package nl.maatstaf.report;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

    enum Kind {
        PDF("rapport.pdf", "pdf", MediaType.APPLICATION_PDF),
        XLSX(
                "resultaten.xlsx",
                "xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        CSV("resultaten.csv", "csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

        private final String auditName;
        private final String extension;
        private final MediaType mediaType;

        Kind(String auditName, String extension, MediaType mediaType) {
            this.auditName = auditName;
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

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
        ResultsReport report = reports.read(user, organisation, year, module, policy, kind.auditName);
        LocalDateTime now =
                ZonedDateTime.now(clock).withZoneSameInstant(DUTCH_TIME).toLocalDateTime();
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
