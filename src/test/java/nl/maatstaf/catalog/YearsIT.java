package nl.maatstaf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opening, closing and reopening peiljaren on the beheerder's page and over the API. */
@IntegrationTest
class YearsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcClient jdbc;

    private UserAgent beheerder() {
        return UserAgent.loggedIn(port, "beheerder", "demo");
    }

    private HttpResponse<String> api(String method, String path, String user, String password, String body) {
        return new UserAgent(port).api(method, path, user, password, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("No JSON: " + response.body(), e);
        }
    }

    private int count(String sql, int year) {
        return jdbc.sql(sql).param("year", year).query(Integer.class).single();
    }

    @Test
    void theBeheerderOpensAPeiljaarWithTheStandardCatalogueOnThePage() {
        UserAgent browser = beheerder();
        browser.get("/beheer/peiljaren");

        HttpResponse<String> opened = browser.postForm("/beheer/peiljaren", Map.of("year", "2150", "catalogFrom", ""));

        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(browser.get("/beheer/peiljaren").body())
                .contains("Peiljaar 2150 is geopend.")
                .contains("Peiljaar 2150");
        assertThat(catalog.status(2150)).contains(YearStatus.OPEN);
        assertThat(catalog.forYear(2150))
                .extracting(ModuleCatalog::code)
                .containsExactly("PARTICIPATIE", "WMO", "JEUGD", "SCHULDHULPVERLENING");
        assertThat(catalog.versions(2150, "WMO"))
                .singleElement()
                .satisfies(v -> assertThat(v.summary()).isEqualTo("Geopend met de standaardcatalogus"));
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'peiljaar' AND entity_key = CAST(:year AS VARCHAR(10)) AND action = 'GEOPEND'",
                        2150))
                .isEqualTo(1);
    }

    @Test
    void aPeiljaarOpenedTwiceGetsADutchMessageAtTheFieldAndNothingIsStored() {
        UserAgent browser = beheerder();
        browser.get("/beheer/peiljaren");
        browser.postForm("/beheer/peiljaren", Map.of("year", "2151", "catalogFrom", ""));
        int auditLines = count(
                "SELECT COUNT(*) FROM audit_log WHERE entity = 'peiljaar' AND entity_key = CAST(:year AS VARCHAR(10))",
                2151);

        HttpResponse<String> again =
                browser.postForm("/beheer/peiljaren", Map.of("year", "2151", "catalogFrom", "2025"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body())
                .contains("id=\"year-error\">Peiljaar 2151 is al geopend. Er is niets opgeslagen.</span>")
                .contains("value=\"2151\"");
        assertThat(count("SELECT COUNT(*) FROM catalog_module_version WHERE peiljaar = :year", 2151))
                .isEqualTo(4);
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'peiljaar' AND entity_key = CAST(:year AS VARCHAR(10))",
                        2151))
                .isEqualTo(auditLines);
        // The catalogue stays the standard one: 2025's was not copied over it.
        assertThat(catalog.versions(2151, "PARTICIPATIE")).hasSize(1);
    }

    @Test
    void aBadYearOrAnUnknownSourceGetsAMessageAtItsFieldAndNothingIsStored() {
        UserAgent browser = beheerder();
        browser.get("/beheer/peiljaren");

        HttpResponse<String> letters =
                browser.postForm("/beheer/peiljaren", Map.of("year", "twintig", "catalogFrom", ""));
        HttpResponse<String> unknown =
                browser.postForm("/beheer/peiljaren", Map.of("year", "2159", "catalogFrom", "2140"));
        HttpResponse<String> tooLate = browser.postForm("/beheer/peiljaren", Map.of("year", "3001", "catalogFrom", ""));

        assertThat(letters.body())
                .contains(
                        "id=\"year-error\">Vul het peiljaar in als jaartal van vier cijfers, bijvoorbeeld 2026.</span>");
        assertThat(unknown.body())
                .contains("id=\"catalogFrom-error\">Peiljaar 2140 bestaat niet; kies een geopend peiljaar of de"
                        + " standaardcatalogus.</span>");
        assertThat(tooLate.body())
                .contains("id=\"year-error\">Het peiljaar moet een jaartal van 2000 tot en met 2999 zijn.</span>");
        assertThat(catalog.status(2159)).isEmpty();
        assertThat(catalog.status(3001)).isEmpty();
    }

    @Test
    void aPeiljaarOpenedFromAnEarlierOneHasThatYearsCurrentCatalogueWithTheYearReplaced() throws Exception {
        catalog.openYearWithStandardCatalog(2152);
        ModuleCatalog source = catalog.find(2152, "WMO").orElseThrow();
        Task first = source.groups().get(0).tasks().get(0);
        ModuleCatalog renamed = CatalogEdits.editTask(
                        source,
                        first.code(),
                        new LocalizedText("Eerste taak hernoemd", "First task renamed"),
                        first.definition(),
                        java.util.List.of())
                .orElseThrow();
        assertThat(catalogEditor.replace(2152, "WMO", renamed, 0, "test", null)).isInstanceOf(CatalogEdit.Saved.class);

        HttpResponse<String> opened =
                api("POST", "/api/v1/years", "beheerder", "demo", "{\"year\": 2153, \"catalogFrom\": 2152}");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.headers().firstValue("Location")).contains("/api/v1/years/2153");
        JsonNode copied = json(api("GET", "/api/v1/catalog/2153/wmo", "lezer", "demo", null));
        JsonNode original = json(api("GET", "/api/v1/catalog/2152/wmo", "lezer", "demo", null));
        assertThat(copied.at("/groups/0/tasks/0/name/nl").asText()).isEqualTo("Eerste taak hernoemd");
        ((ObjectNode) original).put("year", 2153);
        assertThat(copied).isEqualTo(original);
        assertThat(catalog.forYear(2153)).hasSize(4);
    }

    @Autowired
    CatalogEditor catalogEditor;

    @Test
    void theBeheerderClosesAndReopensAPeiljaarAndBothAreAudited() {
        catalog.openYearWithStandardCatalog(2154);
        UserAgent browser = beheerder();
        browser.get("/beheer/peiljaren");

        browser.postForm("/beheer/peiljaren/2154/sluiten", Map.of());
        String closed = browser.get("/beheer/peiljaren").body();
        assertThat(catalog.status(2154)).contains(YearStatus.GESLOTEN);
        browser.postForm("/beheer/peiljaren/2154/heropenen", Map.of());
        String reopened = browser.get("/beheer/peiljaren").body();

        assertThat(closed)
                .contains("Peiljaar 2154 is gesloten: deelnemers kunnen geen aanlevering meer beginnen of wijzigen.");
        assertThat(reopened).contains("Peiljaar 2154 is heropend.");
        assertThat(catalog.status(2154)).contains(YearStatus.OPEN);
        assertThat(jdbc.sql("""
                        SELECT old_value || '>' || new_value FROM audit_log
                        WHERE entity = 'peiljaar' AND entity_key = '2154' AND field = 'status' ORDER BY id
                        """).query(String.class).list()).containsExactly("OPEN>GESLOTEN", "GESLOTEN>OPEN");
    }

    @Test
    void aClosedPeiljaarRefusesADraftSaveWithAMessageAndStoresNothing() {
        TestData.Subject subject = testData.newOrganisation(2155);
        catalog.changeStatus(2155, YearStatus.GESLOTEN, "test");
        UserAgent browser = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        String page = "/aanleveren/2155/participatie";
        browser.get(page + "?deel=A");

        HttpResponse<String> saved = browser.postForm(page, Map.of("deel", "A", "lockVersion", "0", "A.KCC.fte", "2"));
        HttpResponse<String> api = api(
                "PUT",
                "/api/v1/organisations/" + subject.organisationId() + "/submissions/2155/participatie",
                subject.deelnemer(),
                TestData.PASSWORD,
                "{\"lockVersion\": 0, \"values\": {\"A.KCC.fte\": 2}}");

        assertThat(saved.body())
                .contains("Het peiljaar is gesloten: een aanlevering kan niet meer worden begonnen of gewijzigd."
                        + " Er is niets opgeslagen.");
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(json(api).get("detail").asText())
                .isEqualTo("Het peiljaar is gesloten: een aanlevering kan niet meer worden begonnen of gewijzigd."
                        + " Er is niets opgeslagen.");
        assertThat(count("SELECT COUNT(*) FROM submission WHERE peiljaar = :year", 2155))
                .isZero();
    }

    @Test
    void theApiOpensAPeiljaarWithTheStandardCatalogueAndRefusesItTwice() {
        HttpResponse<String> opened = api("POST", "/api/v1/years", "beheerder", "demo", "{\"year\": 2160}");
        HttpResponse<String> twice = api("POST", "/api/v1/years", "beheerder", "demo", "{\"year\": 2160}");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(json(opened).get("status").asText()).isEqualTo("OPEN");
        assertThat(json(opened).get("modules")).hasSize(4);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("detail").asText())
                .isEqualTo("Peiljaar 2160 is al geopend. Er is niets opgeslagen.");
        assertThat(count("SELECT COUNT(*) FROM catalog_module_version WHERE peiljaar = :year", 2160))
                .isEqualTo(4);
    }

    @Test
    void theApiRefusesABadBodyWithFieldErrorsAndStoresNothing() {
        HttpResponse<String> early = api("POST", "/api/v1/years", "beheerder", "demo", "{\"year\": 1999}");
        HttpResponse<String> missing = api("POST", "/api/v1/years", "beheerder", "demo", "{\"catalogFrom\": 2025}");
        HttpResponse<String> unknownSource =
                api("POST", "/api/v1/years", "beheerder", "demo", "{\"year\": 2159, \"catalogFrom\": 2140}");
        HttpResponse<String> notJson = api("POST", "/api/v1/years", "beheerder", "demo", "{\"year\": ");

        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(json(early).at("/errors/year").asText())
                .isEqualTo("Het peiljaar moet een jaartal van 2000 tot en met 2999 zijn.");
        assertThat(json(missing).at("/errors/year").asText()).isEqualTo("Vul het peiljaar in.");
        assertThat(unknownSource.statusCode()).isEqualTo(422);
        assertThat(json(unknownSource).at("/errors/catalogFrom").asText())
                .isEqualTo("Peiljaar 2140 bestaat niet; kies een geopend peiljaar of de standaardcatalogus.");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(catalog.status(1999)).isEmpty();
        assertThat(catalog.status(2159)).isEmpty();
    }

    @Test
    void aDeelnemerListsThePeiljarenButMayNotOpenOrCloseOne() {
        TestData.Subject subject = testData.newOrganisation(2161);

        HttpResponse<String> list = api("GET", "/api/v1/years", subject.deelnemer(), TestData.PASSWORD, null);
        HttpResponse<String> open =
                api("POST", "/api/v1/years", subject.deelnemer(), TestData.PASSWORD, "{\"year\": 2159}");
        HttpResponse<String> close =
                api("POST", "/api/v1/years/2161/close", subject.deelnemer(), TestData.PASSWORD, null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).findValuesAsText("year")).contains("2161", "2025", "2024", "2023");
        assertThat(open.statusCode()).isEqualTo(403);
        assertThat(json(open).get("detail").asText())
                .isEqualTo("Alleen de beheerder mag peiljaren openen, sluiten of heropenen.");
        assertThat(close.statusCode()).isEqualTo(403);
        assertThat(catalog.status(2159)).isEmpty();
        assertThat(catalog.status(2161)).contains(YearStatus.OPEN);
    }

    @Test
    void theApiClosesAndReopensAPeiljaarAndRefusesClosingItTwice() {
        catalog.openYearWithStandardCatalog(2162);

        HttpResponse<String> closed = api("POST", "/api/v1/years/2162/close", "beheerder", "demo", null);
        HttpResponse<String> twice = api("POST", "/api/v1/years/2162/close", "beheerder", "demo", null);
        HttpResponse<String> listed = api("GET", "/api/v1/years/2162", "beheerder", "demo", null);
        HttpResponse<String> reopened = api("POST", "/api/v1/years/2162/reopen", "beheerder", "demo", null);
        HttpResponse<String> unknown = api("POST", "/api/v1/years/2140/close", "beheerder", "demo", null);

        assertThat(json(closed).get("status").asText()).isEqualTo("GESLOTEN");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("detail").asText())
                .isEqualTo("Peiljaar 2162 was al gesloten; er is niets gewijzigd.");
        assertThat(json(listed).get("status").asText()).isEqualTo("GESLOTEN");
        assertThat(json(reopened).get("status").asText()).isEqualTo("OPEN");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void thePeiljarenAndCatalogueApiAreInTheOpenApiDocument() {
        JsonNode paths = json(new UserAgent(port).get("/api/openapi")).get("paths");

        assertThat(paths.has("/api/v1/years")).isTrue();
        assertThat(paths.at("/~1api~1v1~1years/post/responses").has("201")).isTrue();
        assertThat(paths.has("/api/v1/years/{year}/close")).isTrue();
        assertThat(paths.has("/api/v1/years/{year}/reopen")).isTrue();
        assertThat(paths.at("/~1api~1v1~1catalog~1{year}~1{module}/put/responses")
                        .has("412"))
                .isTrue();
        assertThat(paths.has("/api/v1/catalog/{year}/{module}/versions")).isTrue();
    }
}
