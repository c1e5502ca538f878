package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.maatstaf.account.Role;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationKind;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Capacity at the member municipalities of a cooperation in part A: on the page, in drafts,
 * submitted versions and the audit trail, over the API and in the workbook, and refused for a
 * municipality.
 */
@IntegrationTest
class MemberCapacityIT {

    static final int YEAR = 2360;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger MUNICIPALITY_USERS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    UserAccounts accounts;

    private static Map<String, String> withMemberCapacity() {
        Map<String, String> values = new LinkedHashMap<>(Pages.validWmo());
        values.put("A.BELEID.gemeentenFte", "1,5");
        values.put("A.BELEID.gemeentenKosten", "€ 120.000");
        values.put("A.BELEID.gemeentenOmschrijving", "Beleidsmedewerkers bij de gemeenten");
        return values;
    }

    @Test
    void aCooperationSeesTheSubLineUnderEveryGroupOfPartA() {
        Subject cooperation = testData.newOrganisation(YEAR);

        String html = Pages.open(port, cooperation.deelnemer(), PAGE)
                .get(PAGE + "?deel=A")
                .body();

        assertThat(html)
                .contains("Capaciteit bij de deelnemende gemeenten")
                .contains("name=\"A.BELEID.gemeentenFte\"")
                .contains("name=\"A.BELEID.gemeentenKosten\"")
                .contains("name=\"A.BELEID.gemeentenOmschrijving\"")
                .contains("name=\"A.UITVOERING.gemeentenFte\"");
    }

    @Test
    void theSubLineIsKeptInTheDraftShownAgainAndAudited() {
        Subject cooperation = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, cooperation.deelnemer(), PAGE);

        Pages.save(browser, PAGE, "A", withMemberCapacity());
        String html = browser.get(PAGE + "?deel=A").body();

        assertThat(Pages.storedRaw(jdbc, cooperation.organisationId(), YEAR, "WMO"))
                .containsEntry("A.BELEID.gemeentenFte", "1,5")
                .containsEntry("A.BELEID.gemeentenKosten", "€ 120.000")
                .containsEntry("A.BELEID.gemeentenOmschrijving", "Beleidsmedewerkers bij de gemeenten");
        assertThat(html).contains("value=\"Beleidsmedewerkers bij de gemeenten\"");
        assertThat(auditedFields(cooperation.organisationId()))
                .contains("A.BELEID.gemeentenFte", "A.BELEID.gemeentenKosten", "A.BELEID.gemeentenOmschrijving");
    }

    @Test
    void aSubmittedVersionKeepsTheFiguresAndTheDescription() {
        Subject cooperation = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, cooperation.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", withMemberCapacity());

        Pages.submit(browser, PAGE, Map.of());

        assertThat(Pages.status(jdbc, cooperation.organisationId(), YEAR, "WMO"))
                .isEqualTo("INGEDIEND");
        assertThat(versionNumber(cooperation.organisationId(), "A.BELEID.gemeentenFte"))
                .isEqualByComparingTo("1.5");
        assertThat(versionNumber(cooperation.organisationId(), "A.BELEID.gemeentenKosten"))
                .isEqualByComparingTo("120000");
        assertThat(versionText(cooperation.organisationId(), "A.BELEID.gemeentenOmschrijving"))
                .isEqualTo("Beleidsmedewerkers bij de gemeenten");
    }

    @Test
    void aNegativeFteAndCostInCentsAreErrorsAtTheirField() {
        Subject cooperation = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, cooperation.deelnemer(), PAGE);

        HttpResponse<String> saved = Pages.save(
                browser, PAGE, "A", Map.of("A.BELEID.gemeentenFte", "-1", "A.BELEID.gemeentenKosten", "1.000,50"));
        String html = browser.get(PAGE + "?deel=A").body();

        assertThat(saved.statusCode()).isIn(200, 302, 303);
        assertThat(html)
                .contains("Beleid – Capaciteit bij de deelnemende gemeenten (fte): een negatieve waarde")
                .contains("Beleid – Capaciteit bij de deelnemende gemeenten (kosten):");
    }

    @Test
    void aDescriptionLongerThanTwoHundredCharactersIsRefusedOverTheApi() {
        Subject cooperation = testData.newOrganisation(YEAR);

        HttpResponse<String> response = api(
                "PUT",
                cooperation,
                cooperation.deelnemer(),
                "{\"lockVersion\": 0, \"values\": {\"A.BELEID.gemeentenOmschrijving\": \"" + "x".repeat(201) + "\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)
                        .get("errors")
                        .get("A.BELEID.gemeentenOmschrijving")
                        .asText())
                .contains("200");
        assertThat(Pages.storedRaw(jdbc, cooperation.organisationId(), YEAR, "WMO"))
                .isEmpty();
    }

    @Test
    void theApiWritesReadsAndSubmitsTheSubLine() {
        Subject cooperation = testData.newOrganisation(YEAR);

        HttpResponse<String> saved = api(
                "PUT",
                cooperation,
                cooperation.deelnemer(),
                "{\"lockVersion\": 0, \"values\": {\"A.KCC.fte\": 2, \"A.KCC.loonkosten\": 150000,"
                        + " \"B.BESCHIKKINGEN\": 1200, \"B.CLIENTEN\": 950, \"A.BELEID.gemeentenFte\": 1.5,"
                        + " \"A.BELEID.gemeentenKosten\": 120000,"
                        + " \"A.BELEID.gemeentenOmschrijving\": \"Beleid bij de gemeenten\"}}");
        JsonNode read = json(api("GET", cooperation, cooperation.deelnemer(), null));
        HttpResponse<String> submitted = api(
                "POST",
                cooperation,
                cooperation.deelnemer(),
                "{\"contactName\": \"Anna de Vries\", \"contactEmail\": \"a.devries@example.nl\"}");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(read.get("values").get("A.BELEID.gemeentenOmschrijving").asText())
                .isEqualTo("Beleid bij de gemeenten");
        assertThat(read.get("numbers").get("A.BELEID.gemeentenFte").decimalValue())
                .isEqualByComparingTo("1.5");
        assertThat(read.get("numbers").get("A.BELEID.gemeentenKosten").decimalValue())
                .isEqualByComparingTo("120000");
        assertThat(read.get("numbers").has("A.BELEID.gemeentenOmschrijving")).isFalse();
        assertThat(read.get("errors")).isEmpty();
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(versionText(cooperation.organisationId(), "A.BELEID.gemeentenOmschrijving"))
                .isEqualTo("Beleid bij de gemeenten");
    }

    @Test
    void aMunicipalityIsRefusedTheSubLineOverTheApiWithADutchMessage() {
        Subject municipality = municipality();

        HttpResponse<String> response = api(
                "PUT",
                municipality,
                municipality.deelnemer(),
                "{\"lockVersion\": 0, \"values\": {\"A.KCC.fte\": 2, \"A.BELEID.gemeentenFte\": 1}}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("detail").asText()).contains("deze organisatie is een gemeente");
        assertThat(body.get("errors").get("A.BELEID.gemeentenFte").asText()).contains("alleen een samenwerking");
        assertThat(Pages.storedRaw(jdbc, municipality.organisationId(), YEAR, "WMO"))
                .doesNotContainKey("A.BELEID.gemeentenFte");
    }

    @Test
    void aMunicipalitysPartAHasNoSubLine() {
        Subject municipality = municipality();

        String html = Pages.open(port, municipality.deelnemer(), PAGE)
                .get(PAGE + "?deel=A")
                .body();

        assertThat(html).contains("name=\"A.KCC.fte\"").doesNotContain("gemeentenFte");
    }

    @Test
    void theWorkbookCarriesTheSubLineThereAndBack() {
        Subject cooperation = testData.newOrganisation(YEAR);
        WorkbookFiles workbook = WorkbookFiles.read(downloadWorkbook(cooperation));

        byte[] filled = workbook.set("A.BELEID.gemeentenFte", 1.5)
                .set("A.BELEID.gemeentenKosten", 120000)
                .set("A.BELEID.gemeentenOmschrijving", "Loket bij de gemeenten")
                .bytes();
        HttpResponse<byte[]> uploaded = new UserAgent(port)
                .apiFile(
                        "PUT",
                        workbookPath(cooperation) + "?lockVersion=0",
                        cooperation.deelnemer(),
                        TestData.PASSWORD,
                        WorkbookLayout.CONTENT_TYPE,
                        filled);

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(Pages.storedRaw(jdbc, cooperation.organisationId(), YEAR, "WMO"))
                .containsEntry("A.BELEID.gemeentenFte", "1,5")
                .containsEntry("A.BELEID.gemeentenKosten", "120000")
                .containsEntry("A.BELEID.gemeentenOmschrijving", "Loket bij de gemeenten");
        assertThat(WorkbookFiles.read(downloadWorkbook(cooperation)).value("A.BELEID.gemeentenOmschrijving"))
                .isEqualTo("Loket bij de gemeenten");
    }

    @Test
    void aMunicipalitysWorkbookWithTheSubLineIsRefusedAtTheCell() {
        Subject municipality = municipality();
        WorkbookFiles workbook = WorkbookFiles.read(downloadWorkbook(municipality));
        String place = workbook.place("A.KCC.fte");
        String sheet = place.substring(0, place.lastIndexOf('!'));
        String keyCell = sheet + "!F" + (rowOf(place) + 1);

        byte[] changed =
                workbook.cell(sheet, rowOf(place), 5, "A.BELEID.gemeentenFte").bytes();
        HttpResponse<byte[]> uploaded = new UserAgent(port)
                .apiFile(
                        "PUT",
                        workbookPath(municipality) + "?lockVersion=0",
                        municipality.deelnemer(),
                        TestData.PASSWORD,
                        WorkbookLayout.CONTENT_TYPE,
                        changed);

        assertThat(uploaded.statusCode()).isEqualTo(422);
        assertThat(new String(uploaded.body(), StandardCharsets.UTF_8))
                .contains(keyCell)
                .contains("alleen een samenwerking");
        assertThat(Pages.storedRaw(jdbc, municipality.organisationId(), YEAR, "WMO"))
                .isEmpty();
    }

    /** The 0-based row of a place like {@code Formatie en kosten!C12}. */
    private static int rowOf(String place) {
        return Integer.parseInt(place.substring(place.lastIndexOf('!') + 2)) - 1;
    }

    /** A demo municipality not yet in this peiljaar, now enrolled, with a deelnemer of its own. */
    private synchronized Subject municipality() {
        catalog.openYearWithStandardCatalog(YEAR);
        Organisation municipality = organisations.all().stream()
                .filter(o -> o.kind() == OrganisationKind.GEMEENTE && o.active())
                .filter(o -> !enrolments.isEnrolled(o.id(), YEAR, "WMO"))
                .findFirst()
                .orElseThrow();
        catalog.forYear(YEAR).forEach(module -> enrolments.enrol(municipality.id(), YEAR, module.code()));
        String username = "gemeente-capaciteit-" + MUNICIPALITY_USERS.incrementAndGet() + "-" + municipality.id();
        accounts.create(new UserAccounts.NewAccount(
                username, TestData.PASSWORD, "Deelnemer gemeente", Role.DEELNEMER, municipality.id(), false));
        return new Subject(municipality.id(), municipality.name(), username, null);
    }

    private HttpResponse<String> api(String method, Subject subject, String user, String body) {
        String path = "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo";
        return new UserAgent(port)
                .api(method, "POST".equals(method) ? path + "/submit" : path, user, TestData.PASSWORD, body);
    }

    private byte[] downloadWorkbook(Subject subject) {
        HttpResponse<byte[]> response = new UserAgent(port)
                .apiFile("GET", workbookPath(subject), subject.deelnemer(), TestData.PASSWORD, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String workbookPath(Subject subject) {
        return "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo/workbook";
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private java.util.List<String> auditedFields(long organisationId) {
        return jdbc.sql("SELECT field FROM audit_log WHERE organisation_id = :org AND field IS NOT NULL")
                .param("org", organisationId)
                .query(String.class)
                .list();
    }

    private java.math.BigDecimal versionNumber(long organisationId, String key) {
        return jdbc.sql("""
                        SELECT vv.number_value FROM submission_version_value vv
                        JOIN submission_version v ON v.id = vv.version_id
                        JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year AND vv.field_key = :key
                        """)
                .param("org", organisationId)
                .param("year", YEAR)
                .param("key", key)
                .query(java.math.BigDecimal.class)
                .single();
    }

    private String versionText(long organisationId, String key) {
        return jdbc.sql("""
                        SELECT vt.text_value FROM submission_version_text vt
                        JOIN submission_version v ON v.id = vt.version_id
                        JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year AND vt.field_key = :key
                        """)
                .param("org", organisationId)
                .param("year", YEAR)
                .param("key", key)
                .query(String.class)
                .single();
    }
}
