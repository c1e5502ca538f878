package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Rounding is half away from zero on unrounded values, on every output. The organisation has 35 fte
 * Klantmanagement inkomen for 800 uitkeringen: exactly 4,375 fte per 100; its five references have
 * 70 fte, so the deviation is exactly −4,375. Its Beleid has 1 fte (0,125 per 100) against 35,08
 * fte at the references: a reference mean of exactly 4,385. Its cost per uitkering of
 * Klantmanagement inkomen is exactly € 2.500,50. Rounding half to even would give 4,38, 0,12,
 * € 2.500 and 4,38 for the last three.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundingIT extends EditionIntegrationTestSupport {

    private static final int YEAR = 2342;
    private static final String MINUS = "\u2212";

    private TestData.Subject own;

    @BeforeAll
    void figuresWhoseUnroundedValuesAreTies() {
        own = testData.newOrganisation(YEAR);
        approved.storeApproved(
                own.organisationId(), YEAR, "PARTICIPATIE", figures("35", "2000400", "1", "99200"), "test");
        for (int i = 0; i < 5; i++) {
            long reference = testData.newOrganisation(YEAR).organisationId();
            approved.storeApproved(reference, YEAR, "PARTICIPATIE", figures("70", "3000000", "35.08", "50000"), "test");
        }
        publisher.publish(YEAR, "PARTICIPATIE", "test", null);
    }

    private static Map<String, BigDecimal> figures(String kmFte, String kmCost, String beleidFte, String beleidCost) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(FieldKeys.indicator("BIJSTANDSUITKERINGEN"), new BigDecimal("800"));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.FTE), new BigDecimal(kmFte));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN), new BigDecimal(kmCost));
        values.put(FieldKeys.task("BELEID", TaskField.FTE), new BigDecimal(beleidFte));
        values.put(FieldKeys.task("BELEID", TaskField.LOONKOSTEN), new BigDecimal(beleidCost));
        return values;
    }

    @Test
    void theFormationTabRoundsTiesAwayFromZero() {
        String page = html(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + YEAR + "/participatie?tab=formatie"));

        assertThat(row(page, "Klantmanagement inkomen")).contains(">4,38<", ">8,75<", ">" + MINUS + "4,38<");
        assertThat(row(page, "<span>Beleid</span>")).contains(">0,13<", ">4,39<");
    }

    @Test
    void theCostTabRoundsAHalfEuroUp() {
        String page = html(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + YEAR + "/participatie?tab=kosten"));

        assertThat(row(page, "Klantmanagement inkomen")).contains(">€ 2.501<");
    }

    @Test
    void theApiRoundsTheReferenceMeanHalfAwayFromZero() throws IOException {
        JsonNode formation = results(own.organisationId(), YEAR, "", own.deelnemer(), TestData.PASSWORD)
                .get("formation");

        JsonNode beleid = figure(formation, "BELEID");
        JsonNode km = figure(formation, "KM_INKOMEN");
        assertThat(beleid.get("reference").decimalValue()).isEqualByComparingTo("4.39");
        assertThat(km.get("ownPerUnit").decimalValue()).isEqualByComparingTo("4.375");
        assertThat(km.get("deviation").decimalValue()).isEqualByComparingTo("-4.375");
    }

    @Test
    void thePdfReportRoundsTiesAwayFromZero() throws IOException {
        byte[] pdf = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .getBytes("/resultaten/" + YEAR + "/participatie/rapport.pdf")
                .body();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("4,38 8,75 " + MINUS + "4,38", "€ 2.501");
    }

    @Test
    void theCsvExportRoundsTiesAwayFromZero() {
        String csv = new String(
                UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                        .getBytes("/resultaten/" + YEAR + "/participatie/resultaten.csv")
                        .body(),
                StandardCharsets.UTF_8);

        assertThat(csv)
                .contains("\r\nTaak;KM_INKOMEN;Klantmanagement inkomen;35,00;4,38;8,75;-4,38;")
                .contains("\r\nTaak;BELEID;Beleid;1,00;0,13;4,39;");
    }

    @Test
    void theExcelExportHoldsTheExactTieWithATwoDecimalFormat() throws IOException {
        byte[] xlsx = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .getBytes("/resultaten/" + YEAR + "/participatie/resultaten.xlsx")
                .body();

        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.findSheet("Formatie").orElseThrow().read();
            Row km = rows.stream()
                    .filter(r -> r.getCellText(1).equals("KM_INKOMEN"))
                    .findFirst()
                    .orElseThrow();
            assertThat(km.getCell(4).asNumber()).isEqualByComparingTo("4.375");
            assertThat(km.getCell(4).getDataFormatString()).isEqualTo("0.00");
            assertThat(km.getCell(6).asNumber()).isEqualByComparingTo("-4.375");
            assertThat(km.getCell(6).getDataFormatString()).isEqualTo("0.00");
        }
    }

    /** The table row of the page that holds {@code label}. */
    private static String row(String page, String label) {
        return Arrays.stream(page.split("<tr"))
                .filter(r -> r.contains(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + label));
    }

    private static JsonNode figure(JsonNode table, String code) {
        for (JsonNode group : table.get("groups")) {
            for (JsonNode task : group.get("tasks")) {
                if (task.get("code").asText().equals(code)) {
                    return task;
                }
            }
        }
        throw new AssertionError("No task " + code);
    }
}
