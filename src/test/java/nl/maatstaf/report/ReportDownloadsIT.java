package nl.maatstaf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PDF, Excel and CSV downloads over HTTP: content, authorisation and audit. */
@IntegrationTest
class ReportDownloadsIT {

    private static final int YEAR = 2070;
    private static final int FEW_REFERENCES_YEAR = 2071;

    @LocalServerPort
    int port;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    AuditLog audit;

    @Autowired
    TestData testData;

    @Test
    void aDeelnemerDownloadsTheOwnReportAsPdfWithTheOwnFigures() throws IOException {
        TestData.Subject own = withReferences(YEAR, 5);

        HttpResponse<byte[]> response = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .getBytes("/resultaten/" + YEAR + "/participatie/rapport.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains(".pdf");
        // (200.000 + 45.000 + 10.000) / 400 uitkeringen
        assertThat(pdfText(response.body()))
                .contains(own.name())
                .contains("€ 638")
                .contains("peiljaar " + YEAR);
    }

    @Test
    void aLezerDownloadsTheOwnResultsAsCsvAndExcel() throws IOException {
        TestData.Subject own = withReferences(YEAR, 5);
        UserAgent lezer = UserAgent.loggedIn(port, own.lezer(), TestData.PASSWORD);

        HttpResponse<byte[]> csv = lezer.getBytes("/resultaten/" + YEAR + "/participatie/resultaten.csv");
        HttpResponse<byte[]> xlsx = lezer.getBytes("/resultaten/" + YEAR + "/participatie/resultaten.xlsx");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFOverzicht\r\n")
                .contains("Totaal;TOTAL;Totaal;255000,00;637,50;");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var rows = workbook.findSheet("Kosten").orElseThrow().read();
            Row total = rows.get(rows.size() - 1);
            assertThat(total.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(total.getCell(4).asNumber()).isEqualByComparingTo("637.5");
            assertThat(total.getCell(5).getType()).isEqualTo(CellType.NUMBER);
        }
    }

    @Test
    void aDeelnemerCannotDownloadAnotherOrganisationsReport() {
        TestData.Subject own = withReferences(YEAR, 0);
        TestData.Subject other = withReferences(YEAR, 0);
        UserAgent deelnemer = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD);

        for (String file : new String[] {"rapport.pdf", "resultaten.xlsx", "resultaten.csv"}) {
            HttpResponse<byte[]> response = deelnemer.getBytes(
                    "/resultaten/" + YEAR + "/participatie/" + file + "?organisatie=" + other.organisationId());

            assertThat(response.statusCode()).as(file).isEqualTo(403);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain(other.name());
        }
    }

    @Test
    void aLezerCannotDownloadAnotherOrganisationsReportThroughTheApi() {
        TestData.Subject own = withReferences(YEAR, 0);
        TestData.Subject other = withReferences(YEAR, 0);
        String base = "/api/v1/organisations/" + other.organisationId() + "/results/" + YEAR + "/PARTICIPATIE/";

        for (String file : new String[] {"report.pdf", "results.xlsx", "results.csv"}) {
            HttpResponse<byte[]> response =
                    new UserAgent(port).apiDownload(base + file, own.lezer(), TestData.PASSWORD);

            assertThat(response.statusCode()).as(file).isEqualTo(403);
        }
    }

    @Test
    void theApiGivesTheOwnReportAndExports() throws IOException {
        TestData.Subject own = withReferences(YEAR, 5);
        String base = "/api/v1/organisations/" + own.organisationId() + "/results/" + YEAR + "/participatie/";
        UserAgent agent = new UserAgent(port);

        HttpResponse<byte[]> pdf = agent.apiDownload(base + "report.pdf", own.lezer(), TestData.PASSWORD);
        HttpResponse<byte[]> xlsx = agent.apiDownload(base + "results.xlsx", own.lezer(), TestData.PASSWORD);
        HttpResponse<byte[]> csv = agent.apiDownload(base + "results.csv", own.lezer(), TestData.PASSWORD);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("€ 638");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(csv.statusCode()).isEqualTo(200);
    }

    @Test
    void theBeheerdersDownloadOfAnotherOrganisationIsAudited() throws IOException {
        TestData.Subject other = withReferences(YEAR, 0);

        HttpResponse<byte[]> response = UserAgent.loggedIn(port, "beheerder", "demo")
                .getBytes("/resultaten/" + YEAR + "/participatie/rapport.pdf?organisatie=" + other.organisationId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(pdfText(response.body())).contains(other.name());
        assertThat(audit.forEntity("resultaten", YEAR + "/PARTICIPATIE/rapport.pdf"))
                .anySatisfy(entry -> {
                    assertThat(entry.username()).isEqualTo("beheerder");
                    assertThat(entry.organisationId()).isEqualTo(other.organisationId());
                    assertThat(entry.action()).isEqualTo("INZAGE");
                });
    }

    @Test
    void theBeheerderMustNameAnOrganisation() {
        HttpResponse<byte[]> response = UserAgent.loggedIn(port, "beheerder", "demo")
                .getBytes("/resultaten/" + YEAR + "/participatie/resultaten.csv");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void exportsBelowKHoldNoReferenceValue() throws IOException {
        TestData.Subject own = withReferences(FEW_REFERENCES_YEAR, 2);
        UserAgent deelnemer = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD);

        String csv = new String(
                deelnemer
                        .getBytes("/resultaten/" + FEW_REFERENCES_YEAR + "/participatie/resultaten.csv")
                        .body(),
                StandardCharsets.UTF_8);
        String pdf = pdfText(deelnemer
                .getBytes("/resultaten/" + FEW_REFERENCES_YEAR + "/participatie/rapport.pdf")
                .body());

        assertThat(csv).contains("Totaal;TOTAL;Totaal;255000,00;637,50;;;;2;;;;te weinig referenties;\r\n");
        assertThat(pdf).contains("te weinig referenties").doesNotContain("Laagste €");
    }

    @Test
    void theResultsPageLinksToTheDownloads() {
        TestData.Subject own = withReferences(YEAR, 0);

        String page = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + YEAR + "/participatie")
                .body();

        assertThat(page)
                .contains("/resultaten/" + YEAR + "/participatie/rapport.pdf")
                .contains("/resultaten/" + YEAR + "/participatie/resultaten.xlsx")
                .contains("/resultaten/" + YEAR + "/participatie/resultaten.csv");
    }

    @Test
    void theDownloadsAreDocumentedInTheApi() {
        String openApi = new UserAgent(port).get("/api/openapi").body();

        assertThat(openApi)
                .contains("/api/v1/organisations/{organisationId}/results/{year}/{module}/{file}")
                .contains("\"report.pdf\"")
                .contains("\"results.xlsx\"")
                .contains("\"results.csv\"");
    }

    /** A new organisation with 400 uitkeringen and {@code references} others, all approved. */
    private TestData.Subject withReferences(int year, int references) {
        TestData.Subject own = testData.newOrganisation(year);
        approved.storeApproved(own.organisationId(), year, "PARTICIPATIE", figures(400, 200_000), "test");
        for (int i = 1; i <= references; i++) {
            long id = testData.newOrganisation(year).organisationId();
            approved.storeApproved(id, year, "PARTICIPATIE", figures(300, 100_000L * i), "test");
        }
        publisher.publish(year, "PARTICIPATIE", "test", null);
        return own;
    }

    static Map<String, BigDecimal> figures(int uitkeringen, long loonkosten) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(FieldKeys.indicator("BIJSTANDSUITKERINGEN"), BigDecimal.valueOf(uitkeringen));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.FTE), new BigDecimal("3.5"));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN), BigDecimal.valueOf(loonkosten));
        values.put(FieldKeys.task("BELEID", TaskField.FTE), new BigDecimal("0.5"));
        values.put(FieldKeys.task("BELEID", TaskField.LOONKOSTEN), new BigDecimal("45000"));
        values.put(FieldKeys.outsourcing("UITVOERING"), new BigDecimal("10000"));
        return values;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
