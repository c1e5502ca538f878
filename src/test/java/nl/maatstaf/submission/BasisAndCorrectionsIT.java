package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The basis with its peildatum and the correction lines on hired staff, on the pages and the API. */
@IntegrationTest
class BasisAndCorrectionsIT {

    static final int YEAR = 2320;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    private static Map<String, String> withCorrection(String amount, String reason) {
        Map<String, String> values = new LinkedHashMap<>(Pages.validWmo());
        values.put("A.KCC.inhuurkosten", "20.000");
        values.put("correcties", "1");
        values.put("correctie.KCC.1.soort", "INCIDENTEEL");
        values.put("correctie.KCC.1.bedrag", amount);
        values.put("correctie.KCC.1.reden", reason);
        return values;
    }

    private List<String> storedCorrections(long organisationId) {
        return jdbc.sql("""
                        SELECT c.task_code || ' ' || c.kind || ' ' || c.amount_raw || ' ' || c.reason
                        FROM submission_correction c JOIN submission s ON s.id = c.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year ORDER BY c.line_no
                        """)
                .param("org", organisationId)
                .param("year", YEAR)
                .query(String.class)
                .list();
    }

    private String storedBasis(long organisationId) {
        return jdbc.sql("""
                        SELECT basis || ' ' || peildatum_raw FROM submission
                        WHERE organisation_id = :org AND peiljaar = :year AND module_code = 'WMO'
                        """)
                .param("org", organisationId)
                .param("year", YEAR)
                .query(String.class)
                .single();
    }

    private static Map<String, String> afsluiting(String html, String basis, String peildatum) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("deel", "afsluiting");
        form.put("lockVersion", Pages.lockVersion(html));
        form.put("contactName", "Anna de Vries");
        form.put("contactEmail", "a.devries@example.nl");
        form.put("remarks", "");
        form.put("basis", basis);
        form.put("peildatum", peildatum);
        return form;
    }

    private HttpResponse<String> api(String method, Subject subject, String suffix, String body) {
        return new UserAgent(port)
                .api(
                        method,
                        "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo" + suffix,
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    @Test
    void aCorrectionLineSavedOnPartAIsKeptInTheDraftAndShownAgain() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        Pages.save(browser, PAGE, "A", withCorrection("5.000", "Eenmalig project wachtlijsten"));
        String page = browser.get(PAGE + "?deel=A").body();

        assertThat(storedCorrections(subject.organisationId()))
                .containsExactly("KCC INCIDENTEEL 5.000 Eenmalig project wachtlijsten");
        assertThat(page)
                .contains("value=\"Eenmalig project wachtlijsten\"")
                .contains("name=\"correctie.KCC.2.bedrag\"");
        assertThat(jdbc.sql("""
                                SELECT new_value FROM audit_log
                                WHERE organisation_id = :org AND field = 'correcties inhuur KCC'
                                """)
                        .param("org", subject.organisationId())
                        .query(String.class)
                        .list())
                .containsExactly("INCIDENTEEL 5.000 (Eenmalig project wachtlijsten)");
    }

    @Test
    void emptyingACorrectionLineRemovesIt() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", withCorrection("5.000", "Eenmalig project"));

        Map<String, String> emptied = withCorrection("", "");
        emptied.put("correctie.KCC.1.soort", "");
        Pages.save(browser, PAGE, "A", emptied);

        assertThat(storedCorrections(subject.organisationId())).isEmpty();
    }

    @Test
    void theBackgroundSaveKeepsTheBasisAndPeildatum() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        String html = browser.get(PAGE + "?deel=afsluiting").body();

        HttpResponse<String> saved = browser.postForm(PAGE + "/concept", afsluiting(html, "FORMATIE", "1-1-2320"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"outcome\":\"saved\"");
        assertThat(storedBasis(subject.organisationId())).isEqualTo("FORMATIE 1-1-2320");
        assertThat(browser.get(PAGE + "?deel=afsluiting").body())
                .contains("value=\"1-1-2320\"")
                .containsPattern("<option value=\"FORMATIE\"\\s+selected");
    }

    @Test
    void theBackgroundSaveKeepsCorrectionLines() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        String html = browser.get(PAGE + "?deel=A").body();
        Map<String, String> form = withCorrection("2.500", "Tijdelijke subsidie");
        form.put("deel", "A");
        form.put("lockVersion", Pages.lockVersion(html));

        HttpResponse<String> saved = browser.postForm(PAGE + "/concept", form);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(storedCorrections(subject.organisationId()))
                .containsExactly("KCC INCIDENTEEL 2.500 Tijdelijke subsidie");
    }

    @Test
    void theFormationBasisWithoutPeildatumIsRefusedWithADutchMessageAtTheField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        String html = browser.get(PAGE + "?deel=afsluiting").body();

        String page = browser.postForm(PAGE, afsluiting(html, "FORMATIE", "")).body();

        assertThat(page).contains("Vul de peildatum in: bij de basis vastgestelde formatie hoort de datum");
    }

    @Test
    void aPeildatumThatIsNoDateGetsADutchMessage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        String html = browser.get(PAGE + "?deel=afsluiting").body();

        String page = browser.postForm(PAGE, afsluiting(html, "FORMATIE", "30-2-2320"))
                .body();

        assertThat(page).contains("is geen bestaande datum");
        assertThat(storedBasis(subject.organisationId())).isEqualTo("FORMATIE 30-2-2320");
    }

    @Test
    void aCorrectionAboveTheInhuurkostenIsRefusedAtTheField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        String page = Pages.save(browser, PAGE, "A", withCorrection("25.000", "Te veel"))
                .body();

        assertThat(page).contains("zijn samen hoger dan de ingevulde inhuurkosten (€ 20.000)");
        String submitted = Pages.submit(browser, PAGE, Map.of()).body();
        assertThat(Pages.versionCount(jdbc, subject.organisationId(), YEAR, "WMO"))
                .isZero();
        assertThat(submitted).contains("zijn samen hoger dan de ingevulde inhuurkosten");
    }

    @Test
    void aCorrectionWithoutReasonIsRefusedWithADutchMessage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        String page =
                Pages.save(browser, PAGE, "A", withCorrection("5.000", "")).body();

        assertThat(page).contains("correctieregel 1: geef de reden van deze correctie.");
    }

    @Test
    void theApiWritesAndReadsBasisAndCorrectionsAndTheVersionKeepsThem() {
        Subject subject = testData.newOrganisation(YEAR);
        String body = """
                {"lockVersion": 0,
                 "values": {"A.KCC.fte": 2, "A.KCC.loonkosten": "€ 150.000", "A.KCC.inhuurkosten": 20000,
                            "B.BESCHIKKINGEN": 1200, "B.CLIENTEN": "950"},
                 "basis": "FORMATIE", "peildatum": "1 januari 2320",
                 "corrections": [{"task": "KCC", "kind": "BEZUINIGING", "amount": 4000, "reason": "Aangekondigde bezuiniging"}]}
                """;

        HttpResponse<String> saved = api("PUT", subject, "", body);
        JsonNode read = json(api("GET", subject, "", null));
        JsonNode submitted = json(api(
                "POST",
                subject,
                "/submit",
                "{\"contactName\": \"Anna de Vries\", \"contactEmail\": \"a@example.nl\"}"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(read.get("basis").asText()).isEqualTo("FORMATIE");
        assertThat(read.get("peildatum").asText()).isEqualTo("1 januari 2320");
        assertThat(read.at("/corrections/0/task").asText()).isEqualTo("KCC");
        assertThat(read.at("/corrections/0/amount").asText()).isEqualTo("4000");
        assertThat(read.get("errors")).isEmpty();
        assertThat(submitted.get("status").asText()).isEqualTo("INGEDIEND");
        JsonNode version = submitted.at("/versions/0");
        assertThat(version.get("basis").asText()).isEqualTo("FORMATIE");
        assertThat(version.get("peildatum").asText()).isEqualTo("2320-01-01");
        assertThat(version.at("/corrections/0/kind").asText()).isEqualTo("BEZUINIGING");
        assertThat(version.at("/corrections/0/amount").decimalValue()).isEqualByComparingTo("4000");
        assertThat(version.at("/corrections/0/reason").asText()).isEqualTo("Aangekondigde bezuiniging");
    }

    @Test
    void theApiRefusesAnUnknownBasisAndKindAndStoresNothing() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> basis = api("PUT", subject, "", "{\"lockVersion\": 0, \"basis\": \"SCHATTING\"}");
        HttpResponse<String> kind = api(
                "PUT",
                subject,
                "",
                "{\"lockVersion\": 0, \"corrections\": [{\"task\": \"KCC\", \"kind\": \"ANDERS\", \"amount\": 1,"
                        + " \"reason\": \"x\"}]}");

        assertThat(basis.statusCode()).isEqualTo(400);
        assertThat(json(basis).at("/errors/basis").asText()).contains("kies BEGROTING of FORMATIE");
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("kies INCIDENTEEL of BEZUINIGING");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("NIET_GESTART");
    }

    @Test
    void aSubmittedVersionKeepsItsBasisAndCorrectionsWhenTheDraftChanges() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", withCorrection("5.000", "Eenmalig project"));
        Pages.submit(browser, PAGE, Map.of());
        new UserAgent(port)
                .api(
                        "POST",
                        "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo/return",
                        "beheerder",
                        "demo",
                        "{\"remark\": \"Graag de inhuur nakijken.\"}");

        Pages.save(browser, PAGE, "A", withCorrection("7.000", "Ander project"));

        List<String> version = jdbc.sql("""
                        SELECT c.kind || ' ' || c.amount || ' ' || c.reason || ' ' || v.basis
                        FROM submission_version_correction c JOIN submission_version v ON v.id = c.version_id
                        JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year
                        """)
                .param("org", subject.organisationId())
                .param("year", YEAR)
                .query(String.class)
                .list();
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("TERUGGESTUURD");
        assertThat(version).containsExactly("INCIDENTEEL 5000 Eenmalig project BEGROTING");
        assertThat(storedCorrections(subject.organisationId())).containsExactly("KCC INCIDENTEEL 7.000 Ander project");
    }

    private String workbookPath(Subject subject) {
        return "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo/workbook";
    }

    @Test
    void theWorkbookCarriesTheBasisAndCorrectionLinesBothWays() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", withCorrection("5.000", "Eenmalig project"));
        HttpResponse<byte[]> download = new UserAgent(port)
                .apiFile("GET", workbookPath(subject), subject.deelnemer(), TestData.PASSWORD, null, null);
        String sheet = "Basis en correcties";
        WorkbookFiles workbook = WorkbookFiles.read(download.body());
        assertThat(workbook.sheetNames()).contains(sheet);

        byte[] filled = workbook.cell(sheet, 0, 1, "FORMATIE")
                .cell(sheet, 1, 1, LocalDate.of(2320, 1, 1))
                .cell(sheet, 5, 0, "KCC")
                .cell(sheet, 5, 1, "BEZUINIGING")
                .cell(sheet, 5, 2, new BigDecimal("3000"))
                .cell(sheet, 5, 3, "Aangekondigde bezuiniging")
                .bytes();
        HttpResponse<byte[]> uploaded = new UserAgent(port)
                .apiFile(
                        "PUT",
                        workbookPath(subject) + "?lockVersion=1",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        WorkbookLayout.CONTENT_TYPE,
                        filled);

        assertThat(uploaded.statusCode())
                .as(new String(uploaded.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(storedBasis(subject.organisationId())).isEqualTo("FORMATIE 1-1-2320");
        assertThat(storedCorrections(subject.organisationId()))
                .containsExactly(
                        "KCC INCIDENTEEL 5.000 Eenmalig project", "KCC BEZUINIGING 3000 Aangekondigde bezuiniging");
    }

    @Test
    void aWorkbookWithAnUnknownKindIsRefusedAtTheCell() {
        Subject subject = testData.newOrganisation(YEAR);
        String sheet = "Basis en correcties";
        byte[] refused = WorkbookFiles.read(new UserAgent(port)
                        .apiFile("GET", workbookPath(subject), subject.deelnemer(), TestData.PASSWORD, null, null)
                        .body())
                .cell(sheet, 4, 0, "KCC")
                .cell(sheet, 4, 1, "ANDERS")
                .bytes();

        HttpResponse<byte[]> uploaded = new UserAgent(port)
                .apiFile(
                        "PUT",
                        workbookPath(subject) + "?lockVersion=0",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        WorkbookLayout.CONTENT_TYPE,
                        refused);

        assertThat(uploaded.statusCode()).isEqualTo(422);
        assertThat(new String(uploaded.body(), StandardCharsets.UTF_8))
                .contains("Basis en correcties!B5")
                .contains("is geen soort correctie");
        assertThat(storedCorrectionsCount(subject.organisationId())).isZero();
    }

    private int storedCorrectionsCount(long organisationId) {
        return storedCorrections(organisationId).size();
    }

    @Test
    void theReviewPageShowsTheBasisAndCorrectionLinesOfTheVersion() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", withCorrection("5.000", "Eenmalig project wachtlijsten"));
        Pages.submit(browser, PAGE, Map.of());
        long id = Pages.submissionId(jdbc, subject.organisationId(), YEAR, "WMO");

        String review = UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/beheer/inzendingen/" + id)
                .body();

        assertThat(review)
                .contains("Basis: begroting 2320")
                .contains("Eenmalig project wachtlijsten")
                .contains("€ 5.000");
    }

    @Test
    void aRefusedSaveShowsTheCorrectionLineAsTypedAndStoresNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        String page = Pages.save(browser, PAGE, "A", withCorrection("7.500", "x".repeat(4001)))
                .body();

        assertThat(page).contains("value=\"7.500\"").contains("Deze tekst is te lang (maximaal 4.000 tekens)");
        assertThat(storedCorrections(subject.organisationId())).isEmpty();
    }
}
