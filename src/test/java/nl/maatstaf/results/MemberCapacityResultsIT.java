package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A cooperation's capacity at its member municipalities in its own results: a sub-line under its
 * group on the pages, in the API and in the PDF, Excel and CSV, counted in the group and the
 * total, never with a reference of its own, and never in anyone else's results.
 *
 * <p>The cooperation has 400 uitkeringen; Beleid: 0,5 fte and € 45.000 of its own plus 1 fte and
 * € 40.000 at the member municipalities, so the group is 1,5 fte and € 85.000 (€ 212,50 per
 * uitkering) and the total (200.000 + 45.000 + 10.000 + 40.000) / 400 = € 737,50.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberCapacityResultsIT {

    private static final int YEAR = 2362;
    private static final String ROW = "Capaciteit bij de deelnemende gemeenten";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    TestData testData;

    @Autowired
    EditionPublisher publisher;

    private TestData.Subject own;
    private TestData.Subject reference;

    @BeforeAll
    void aCooperationWithCapacityAtItsMembersAndFiveReferences() {
        own = testData.newOrganisation(YEAR);
        Map<String, BigDecimal> values = new LinkedHashMap<>(ItFigures.participatie(400, 200_000));
        values.put(FieldKeys.memberFte("BELEID"), new BigDecimal("1"));
        values.put(FieldKeys.memberCost("BELEID"), new BigDecimal("40000"));
        approved.storeApproved(
                own.organisationId(),
                YEAR,
                "PARTICIPATIE",
                values,
                Map.of(),
                Map.of(FieldKeys.memberDescription("BELEID"), "Beleidsmedewerkers bij de gemeenten"),
                "test");
        for (int i = 1; i <= 5; i++) {
            TestData.Subject other = testData.newOrganisation(YEAR);
            approved.storeApproved(
                    other.organisationId(), YEAR, "PARTICIPATIE", ItFigures.participatie(300, 100_000L * i), "test");
            if (i == 1) {
                reference = other;
            }
        }
        publisher.publish(YEAR, "PARTICIPATIE", "test", null);
    }

    @Test
    void theCostTabShowsTheSubLineUnderItsGroupAndCountsItInTheGroupAndTotal() {
        String body = page(own, "kosten");

        assertThat(body)
                .contains(ROW)
                .contains("€ 40.000")
                .contains("€ 85.000")
                .contains("€ 213")
                .contains("€ 738")
                .contains("+ capaciteit bij de deelnemende gemeenten € 40.000 = € 85.000");
        assertThat(body.indexOf("data-toggle-group=\"BELEID\"")).isLessThan(body.indexOf("member-capacity-row"));
    }

    @Test
    void theFormationTabShowsTheSubLineAndCountsItInTheGroup() {
        String body = page(own, "formatie");

        assertThat(body).contains(ROW).contains("+ capaciteit bij de deelnemende gemeenten 1,00 fte = 1,50 fte");
    }

    @Test
    void theSubLineShowsNoReferenceOfItsOwn() {
        for (String tab : new String[] {"kosten", "formatie"}) {
            String row = memberCapacityRow(page(own, tab));

            assertThat(row).as(tab).contains("geen eigen referentie").doesNotContain("Referentie €");
            assertThat(row).as(tab).contains("Deze regel heeft geen eigen referentie");
        }
    }

    @Test
    void anotherOrganisationsResultsNeverShowTheSubLine() {
        assertThat(page(reference, "kosten")).doesNotContain(ROW);
        assertThat(page(reference, "formatie")).doesNotContain(ROW);
    }

    @Test
    void theResultsApiGivesTheSubLineWithoutAReference() throws IOException {
        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "GET",
                        "/api/v1/organisations/" + own.organisationId() + "/results/" + YEAR + "/participatie",
                        own.lezer(),
                        TestData.PASSWORD,
                        null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode beleid = null;
        for (JsonNode group : JSON.readTree(response.body()).get("costs").get("groups")) {
            if (group.get("figure").get("code").asText().equals("BELEID")) {
                beleid = group;
            }
        }
        assertThat(beleid).isNotNull();
        assertThat(beleid.get("figure").get("own").decimalValue()).isEqualByComparingTo("85000");
        JsonNode capacity = beleid.get("memberCapacity");
        assertThat(capacity.get("own").decimalValue()).isEqualByComparingTo("40000");
        assertThat(capacity.get("ownPerUnit").decimalValue()).isEqualByComparingTo("100");
        assertThat(capacity.get("reference").isNull()).isTrue();
        assertThat(capacity.get("referenceWithheld").asText()).isEqualTo("NO_OWN_REFERENCE");
    }

    @Test
    void theCsvAndExcelExportsContainTheSubLineMarkedWithoutReference() throws IOException {
        UserAgent lezer = UserAgent.loggedIn(port, own.lezer(), TestData.PASSWORD);

        String csv = new String(
                lezer.getBytes("/resultaten/" + YEAR + "/participatie/resultaten.csv")
                        .body(),
                StandardCharsets.UTF_8);
        byte[] xlsx = lezer.getBytes("/resultaten/" + YEAR + "/participatie/resultaten.xlsx")
                .body();

        assertThat(csv)
                .contains(ROW + ";BELEID;" + ROW + ";40000,00;100,00;;;;0;;;;geen eigen referentie;\r\n")
                .contains(ROW + ";BELEID;" + ROW + ";1,00;0,25;;;;0;;;;geen eigen referentie;\r\n")
                .contains("Totaal;TOTAL;Totaal;295000,00;737,50;");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row capacity = workbook.findSheet("Kosten").orElseThrow().read().stream()
                    .filter(r -> ROW.equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(capacity.getCell(3).asNumber()).isEqualByComparingTo("40000");
            assertThat(capacity.getCellText(12)).isEqualTo("geen eigen referentie");
        }
    }

    @Test
    void thePdfReportContainsTheSubLineMarkedWithoutReference() throws IOException {
        byte[] pdf = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .getBytes("/resultaten/" + YEAR + "/participatie/rapport.pdf")
                .body();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // The label wraps in its narrow column; the words stay in order.
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains(ROW + " € 40.000 € 100 geen eigen referentie")
                    .contains("€ 738");
        }
    }

    private String page(TestData.Subject subject, String tab) {
        HttpResponse<String> response = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + YEAR + "/participatie?tab=" + tab);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replace("&amp;", "&");
    }

    private static String memberCapacityRow(String body) {
        int start = body.indexOf("member-capacity-row");
        assertThat(start).isPositive();
        return body.substring(start, body.indexOf("</tr>", start));
    }
}
