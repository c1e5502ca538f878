package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Explanations become footnotes (spec §8): what an organisation explained for a warning in its
 * approved version is shown as a numbered footnote at the figure, on its own pages, API and
 * downloads, and never to anyone else.
 */
@IntegrationTest
class FootnotesIT extends EditionIntegrationTestSupport {

    private static final int YEAR = 2340;
    private static final int REPUBLISHED_YEAR = 2341;
    private static final int UNPUBLISHED_YEAR = 2344;
    private static final String TASK_TEXT = "Twee consulenten gingen in het voorjaar over naar het sociaal team.";
    private static final String TOTAL_TEXT = "Eenmalige kosten van de overgang naar een nieuwe applicatie.";
    private static final String HOOFDFACTOR_TEXT = "Meer instroom na de sluiting van een grote werkgever.";

    @Autowired
    JdbcClient jdbc;

    /**
     * A published organisation with explanations of a task (1), its total cost per uitkering (2)
     * and its hoofdfactor (3), among five others.
     */
    private TestData.Subject explained(int year) {
        List<TestData.Subject> participants = approvedParticipants(year, 6);
        TestData.Subject own = participants.get(0);
        long version = approved.approvedOf(own.organisationId(), year, "PARTICIPATIE")
                .orElseThrow()
                .versionId();
        explain(version, "netChange:A.KM_INKOMEN", TASK_TEXT);
        explain(version, "costPerUnitRange:TOTAAL", TOTAL_TEXT);
        explain(version, "hoofdfactorChange:B.BIJSTANDSUITKERINGEN", HOOFDFACTOR_TEXT);
        publisher.publish(year, "PARTICIPATIE", "test", null);
        return own;
    }

    private void explain(long versionId, String warningKey, String text) {
        jdbc.sql("""
                        INSERT INTO submission_version_explanation (version_id, warning_key, explanation)
                        VALUES (:version, :key, :text)
                        """)
                .param("version", versionId)
                .param("key", warningKey)
                .param("text", text)
                .update();
    }

    private String tab(UserAgent agent, int year, String tab, String query) {
        return html(agent.get("/resultaten/" + year + "/participatie?tab=" + tab + query));
    }

    @Test
    void theCostTabShowsTheOwnExplanationsAsNumberedFootnotesAtTheTaskAndTheTotal() {
        TestData.Subject own = explained(YEAR);

        String costs = tab(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD), YEAR, "kosten", "");

        assertThat(costs)
                .contains("Toelichtingen bij uw cijfers")
                .containsPattern(
                        "Klantmanagement inkomen</span>\\s*<sup class=\"footnote-ref\" title=\"[^\"]+\"><a href=\"#voetnoot-1\">1</a></sup>")
                .containsPattern(
                        "id=\"voetnoot-1\" value=\"1\">\\s*<span class=\"footnote-figure\">Klantmanagement inkomen</span>:\\s*<span class=\"footnote-text\">"
                                + TASK_TEXT)
                .contains("href=\"#voetnoot-2\"", TOTAL_TEXT)
                .doesNotContain(HOOFDFACTOR_TEXT);
    }

    @Test
    void theFormationIndicatorAndOverviewTabsShowTheFootnotesOfTheirOwnFigures() {
        TestData.Subject own = explained(YEAR);
        UserAgent lezer = UserAgent.loggedIn(port, own.lezer(), TestData.PASSWORD);

        String formation = tab(lezer, YEAR, "formatie", "");
        String indicators = tab(lezer, YEAR, "indicatoren", "");
        String overview = tab(lezer, YEAR, "overzicht", "");

        assertThat(formation).contains("href=\"#voetnoot-1\"", TASK_TEXT).doesNotContain(TOTAL_TEXT, HOOFDFACTOR_TEXT);
        assertThat(indicators)
                .contains("href=\"#voetnoot-3\"", HOOFDFACTOR_TEXT)
                .doesNotContain(TASK_TEXT, TOTAL_TEXT);
        assertThat(overview).contains("href=\"#voetnoot-2\"", TOTAL_TEXT).doesNotContain(TASK_TEXT);
    }

    @Test
    void theBeheerderAndOtherOrganisationsNeverSeeTheExplanations() throws IOException {
        TestData.Subject own = explained(YEAR);
        TestData.Subject other = testData.newOrganisation(YEAR);
        approved.storeApproved(
                other.organisationId(), YEAR, "PARTICIPATIE", ItFigures.participatie(480, 230_000), "test");
        publisher.publish(YEAR, "PARTICIPATIE", "test", null);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        String beheerderPage = tab(beheerder, YEAR, "kosten", "&organisatie=" + own.organisationId());
        String otherPage = tab(UserAgent.loggedIn(port, other.deelnemer(), TestData.PASSWORD), YEAR, "kosten", "");
        JsonNode beheerderApi = results(own.organisationId(), YEAR, "", "beheerder", "demo");
        String beheerderCsv = new String(
                beheerder
                        .getBytes("/resultaten/" + YEAR + "/participatie/resultaten.csv?organisatie="
                                + own.organisationId())
                        .body(),
                StandardCharsets.UTF_8);

        assertThat(beheerderPage).doesNotContain(TASK_TEXT, TOTAL_TEXT, "voetnoot-");
        assertThat(otherPage).doesNotContain(TASK_TEXT, TOTAL_TEXT, "voetnoot-");
        assertThat(beheerderApi.get("footnotes")).isEmpty();
        assertThat(beheerderCsv).doesNotContain(TASK_TEXT, "Toelichtingen");
    }

    @Test
    void theApiGivesTheOrganisationItsFootnotesWithTheFigureTheyBelongTo() throws IOException {
        TestData.Subject own = explained(YEAR);

        JsonNode footnotes = results(own.organisationId(), YEAR, "", own.deelnemer(), TestData.PASSWORD)
                .get("footnotes");

        assertThat(footnotes).hasSize(3);
        assertThat(footnotes.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(footnotes.get(0).get("figure").asText()).isEqualTo("TASK");
        assertThat(footnotes.get(0).get("code").asText()).isEqualTo("KM_INKOMEN");
        assertThat(footnotes.get(0).get("name").asText()).isEqualTo("Klantmanagement inkomen");
        assertThat(footnotes.get(0).get("text").asText()).isEqualTo(TASK_TEXT);
        assertThat(footnotes.get(1).get("figure").asText()).isEqualTo("TOTAL");
        assertThat(footnotes.get(1).get("name").asText()).isEqualTo("Totale kosten per uitkering");
        assertThat(footnotes.get(2).get("figure").asText()).isEqualTo("INDICATOR");
        assertThat(footnotes.get(2).get("code").asText()).isEqualTo("BIJSTANDSUITKERINGEN");
    }

    @Test
    void theFootnotesAreDocumentedInTheApiWithAnExample() {
        String openApi = new UserAgent(port).get("/api/openapi").body();

        assertThat(openApi).contains("\"Footnote\"", "\"footnotes\"", "Twee consulenten zijn in de loop van het jaar");
    }

    @Test
    void thePdfReportNumbersTheFootnotesAtTheFiguresAndListsThem() throws IOException {
        TestData.Subject own = explained(YEAR);

        String pdf = pdfText(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .getBytes("/resultaten/" + YEAR + "/participatie/rapport.pdf")
                .body());

        assertThat(pdf)
                .contains("Toelichtingen bij uw cijfers")
                .contains("Klantmanagement inkomen 1 € 200.000")
                .contains("Klantmanagement inkomen: " + TASK_TEXT)
                .contains("Totale kosten per uitkering: " + TOTAL_TEXT)
                .contains("Bijstandsuitkeringen: " + HOOFDFACTOR_TEXT);
    }

    @Test
    void theExcelExportHasAFootnoteColumnAndASheetOfExplanations() throws IOException {
        TestData.Subject own = explained(YEAR);

        byte[] xlsx = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .getBytes("/resultaten/" + YEAR + "/participatie/resultaten.xlsx")
                .body();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> costs = workbook.findSheet("Kosten").orElseThrow().read();
            assertThat(costs.get(0).getCellText(13)).isEqualTo("Voetnoot");
            Row task = costs.stream()
                    .filter(r -> r.getCellText(1).equals("KM_INKOMEN"))
                    .findFirst()
                    .orElseThrow();
            assertThat(task.getCellText(13)).isEqualTo("1");
            List<Row> explanations =
                    workbook.findSheet("Toelichtingen").orElseThrow().read();
            assertThat(explanations).hasSize(4);
            assertThat(explanations.get(1).getCellText(1)).isEqualTo("Klantmanagement inkomen");
            assertThat(explanations.get(1).getCellText(2)).isEqualTo(TASK_TEXT);
        }
    }

    @Test
    void theCsvExportEndsWithASectionOfExplanations() {
        TestData.Subject own = explained(YEAR);

        String csv = new String(
                UserAgent.loggedIn(port, own.lezer(), TestData.PASSWORD)
                        .getBytes("/resultaten/" + YEAR + "/participatie/resultaten.csv")
                        .body(),
                StandardCharsets.UTF_8);

        assertThat(csv)
                .contains(";Opmerking;Voetnoot\r\n")
                .containsPattern("Taak;KM_INKOMEN;Klantmanagement inkomen;[^\r]*;1\r\n")
                .endsWith("Toelichtingen\r\nVoetnoot;Onderdeel;Toelichting\r\n"
                        + "1;Klantmanagement inkomen;" + TASK_TEXT + "\r\n"
                        + "2;Totale kosten per uitkering;" + TOTAL_TEXT + "\r\n"
                        + "3;Bijstandsuitkeringen;" + HOOFDFACTOR_TEXT + "\r\n");
    }

    @Test
    void aPublishedEditionShowsTheExplanationsOfThePublishedVersionNotOfALaterOneOrTheDraft() {
        TestData.Subject own = explained(REPUBLISHED_YEAR);
        long submission = jdbc.sql("SELECT id FROM submission WHERE organisation_id = :org AND peiljaar = :year")
                .param("org", own.organisationId())
                .param("year", REPUBLISHED_YEAR)
                .query(Long.class)
                .single();
        long published = approved.approvedOf(own.organisationId(), REPUBLISHED_YEAR, "PARTICIPATIE")
                .orElseThrow()
                .versionId();
        jdbc.sql("""
                        INSERT INTO submission_version (submission_id, version_no, submitted_at, submitted_by,
                                                        review_status, reviewed_at, reviewed_by)
                        VALUES (:submission, 2, CURRENT_TIMESTAMP, 'test', 'GOEDGEKEURD', CURRENT_TIMESTAMP, 'test')
                        """).param("submission", submission).update();
        long later = jdbc.sql("SELECT id FROM submission_version WHERE submission_id = :submission AND version_no = 2")
                .param("submission", submission)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO submission_version_value (version_id, field_key, number_value)
                        SELECT :later, field_key, number_value FROM submission_version_value WHERE version_id = :published
                        """).param("later", later).param("published", published).update();
        explain(later, "netChange:A.KM_INKOMEN", "Toelichting bij de versie van na de publicatie.");
        jdbc.sql("""
                        INSERT INTO submission_explanation (submission_id, warning_key, explanation)
                        VALUES (:submission, 'wagePerFte:A.KCC', 'Toelichting in het concept.')
                        """).param("submission", submission).update();

        String costs =
                tab(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD), REPUBLISHED_YEAR, "kosten", "");

        assertThat(costs)
                .contains(TASK_TEXT)
                .doesNotContain("Toelichting bij de versie van na de publicatie.", "Toelichting in het concept.");
    }

    @Test
    void beforePublicationTheOwnPreliminaryFiguresCarryTheExplanationsOfTheApprovedVersion() {
        TestData.Subject own = testData.newOrganisation(UNPUBLISHED_YEAR);
        approved.storeApproved(
                own.organisationId(), UNPUBLISHED_YEAR, "PARTICIPATIE", ItFigures.participatie(420, 205_000), "test");
        explain(
                approved.approvedOf(own.organisationId(), UNPUBLISHED_YEAR, "PARTICIPATIE")
                        .orElseThrow()
                        .versionId(),
                "netChange:A.KM_INKOMEN",
                TASK_TEXT);

        String costs =
                tab(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD), UNPUBLISHED_YEAR, "kosten", "");

        assertThat(costs).contains("Voorlopige cijfers", "href=\"#voetnoot-1\"", TASK_TEXT);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
