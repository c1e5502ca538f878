package nl.maatstaf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The beheerder edits a module's catalogue on its page and over the API, before the first submission. */
@IntegrationTest
class CatalogEditIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcClient jdbc;

    private static String page(int year) {
        return "/beheer/peiljaren/" + year + "/participatie/catalogus";
    }

    private UserAgent beheerderOn(int year) {
        catalog.openYearWithStandardCatalog(year);
        UserAgent browser = UserAgent.loggedIn(port, "beheerder", "demo");
        browser.get(page(year));
        return browser;
    }

    private HttpResponse<String> edit(UserAgent browser, int year, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent(
                "version", String.valueOf(catalog.version(year, "PARTICIPATIE").orElseThrow()));
        return browser.postForm(page(year), form);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("No JSON: " + response.body(), e);
        }
    }

    private List<String> auditFields(int year) {
        return jdbc.sql("SELECT field FROM audit_log WHERE entity = 'catalogus' AND entity_key = :key ORDER BY id")
                .param("key", year + "/PARTICIPATIE")
                .query(String.class)
                .list();
    }

    @Test
    void anAddedTaskIsAskedInTheQuestionnaire() {
        TestData.Subject subject = testData.newOrganisation(2156);
        UserAgent browser = beheerderOn(2156);

        HttpResponse<String> added = edit(
                browser,
                2156,
                Map.of(
                        "action", "ADD_TASK",
                        "group", "UITVOERING",
                        "code", "DIGITAAL_LOKET",
                        "nameNl", "Digitaal loket",
                        "nameEn", "Digital desk",
                        "definitionNl", "Het beantwoorden van vragen via het digitale loket.",
                        "definitionEn", "Answering questions through the digital desk."));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(browser.get(page(2156)).body())
                .contains("Taak DIGITAAL_LOKET toegevoegd aan UITVOERING: opgeslagen als versie 1.");
        String questionnaire = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD)
                .get("/aanleveren/2156/participatie?deel=A")
                .body();
        assertThat(questionnaire).contains("Digitaal loket").contains("A.DIGITAAL_LOKET.fte");
        assertThat(auditFields(2156)).contains("groups[UITVOERING].tasks[DIGITAAL_LOKET]");
    }

    @Test
    void aRenamedTaskWithANewDefinitionIsShownSoAndAuditedWithOldAndNewValue() {
        UserAgent browser = beheerderOn(2157);

        edit(
                browser,
                2157,
                Map.of(
                        "action", "EDIT_TASK",
                        "item", "KCC",
                        "nameNl", "Klantcontact",
                        "nameEn", "Client contact",
                        "definitionNl", "Elk eerste contact met inwoners over werk en inkomen.",
                        "definitionEn", "Every first contact with residents about work and income.",
                        "previousCodes", ""));

        ModuleCatalog edited = catalog.find(2157, "PARTICIPATIE").orElseThrow();
        assertThat(edited.task("KCC").orElseThrow().name())
                .isEqualTo(new LocalizedText("Klantcontact", "Client contact"));
        assertThat(edited.task("KCC").orElseThrow().definition().nl())
                .isEqualTo("Elk eerste contact met inwoners over werk en inkomen.");
        JsonNode api = json(new UserAgent(port).api("GET", "/api/v1/catalog/2157/participatie", "lezer", "demo", null));
        assertThat(api.at("/groups/0/tasks/0/name/en").asText()).isEqualTo("Client contact");
        assertThat(jdbc.sql("""
                        SELECT old_value || ' > ' || new_value FROM audit_log
                        WHERE entity = 'catalogus' AND entity_key = '2157/PARTICIPATIE'
                          AND field = 'groups[UITVOERING].tasks[KCC].name.nl'
                        """).query(String.class).single()).isEqualTo("Klantcontactcentrum (KCC) > Klantcontact");
        assertThat(auditFields(2157))
                .contains(
                        "groups[UITVOERING].tasks[KCC].name.en",
                        "groups[UITVOERING].tasks[KCC].definition.nl",
                        "groups[UITVOERING].tasks[KCC].definition.en");
    }

    @Test
    void aRetiredTaskAndIndicatorAreNoLongerAsked() {
        TestData.Subject subject = testData.newOrganisation(2158);
        UserAgent browser = beheerderOn(2158);

        edit(browser, 2158, Map.of("action", "RETIRE_TASK", "item", "KCC"));
        edit(browser, 2158, Map.of("action", "RETIRE_INDICATOR", "item", "WIJKTEAMS"));

        ModuleCatalog edited = catalog.find(2158, "PARTICIPATIE").orElseThrow();
        assertThat(edited.task("KCC")).isEmpty();
        assertThat(edited.indicator("WIJKTEAMS")).isEmpty();
        String questionnaire = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD)
                .get("/aanleveren/2158/participatie?deel=A")
                .body();
        assertThat(questionnaire).doesNotContain("A.KCC.fte");
        assertThat(catalog.find(2025, "PARTICIPATIE").orElseThrow().task("KCC")).isPresent();
        assertThat(catalog.versions(2158, "PARTICIPATIE"))
                .extracting(CatalogVersion::summary)
                .containsExactly(
                        "Indicator WIJKTEAMS vervallen", "Taak KCC vervallen", "Geopend met de standaardcatalogus");
    }

    @Test
    void plausibilityBoundsAreStoredFromDutchNumbersAndAskForAnExplanation() throws Exception {
        TestData.Subject subject = testData.newOrganisation(2163);
        UserAgent browser = beheerderOn(2163);

        HttpResponse<String> bounds = edit(
                browser,
                2163,
                Map.of(
                        "action", "EDIT_INDICATOR",
                        "item", "BIJSTANDSUITKERINGEN",
                        "nameNl", "Bijstandsuitkeringen",
                        "nameEn", "General assistance benefits",
                        "definitionNl", "Het aantal lopende uitkeringen.",
                        "definitionEn", "",
                        "minimum", "10",
                        "maximum", "1.500,5"));

        assertThat(bounds.statusCode()).isEqualTo(302);
        Indicator edited = catalog.find(2163, "PARTICIPATIE")
                .orElseThrow()
                .indicator("BIJSTANDSUITKERINGEN")
                .orElseThrow();
        assertThat(edited.minimum()).isEqualByComparingTo("10");
        assertThat(edited.maximum()).isEqualByComparingTo(new BigDecimal("1500.5"));
        assertThat(auditFields(2163)).contains("indicators[BIJSTANDSUITKERINGEN].maximum");
        HttpResponse<String> saved = new UserAgent(port)
                .api(
                        "PUT",
                        "/api/v1/organisations/" + subject.organisationId() + "/submissions/2163/participatie",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "{\"lockVersion\": 0, \"values\": {\"B.BIJSTANDSUITKERINGEN\": 2000}}");
        assertThat(saved.body())
                .contains(
                        "de waarde 2.000 is hoger dan 1.500,50, de hoogste waarde die de catalogus aannemelijk noemt.");
    }

    @Test
    void aLowerBoundAboveTheUpperBoundGetsAMessageAtTheFieldAndNothingIsStored() {
        UserAgent browser = beheerderOn(2168);

        HttpResponse<String> refused = edit(
                browser,
                2168,
                Map.of(
                        "action", "EDIT_INDICATOR",
                        "item", "LKS",
                        "nameNl", "Loonkostensubsidie",
                        "minimum", "20",
                        "maximum", "5"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("De ondergrens is hoger dan de bovengrens.");
        assertThat(catalog.version(2168, "PARTICIPATIE")).contains(0);
    }

    @Test
    void aStaleEditFormIsRefusedAndTheVersionListShowsEveryVersion() {
        UserAgent browser = beheerderOn(2165);
        edit(browser, 2165, Map.of("action", "RETIRE_TASK", "item", "KCC"));

        HttpResponse<String> stale =
                edit(browser, 2165, Map.of("action", "RETIRE_TASK", "item", "BELEID", "version", "0"));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Iemand anders heeft de catalogus intussen gewijzigd (nu versie 1). Er is niets opgeslagen;");
        assertThat(catalog.find(2165, "PARTICIPATIE").orElseThrow().task("BELEID"))
                .isPresent();
        String versions = browser.get(page(2165)).body();
        assertThat(versions).contains("Taak KCC vervallen").contains("Geopend met de standaardcatalogus");
        JsonNode list = json(
                new UserAgent(port).api("GET", "/api/v1/catalog/2165/participatie/versions", "lezer", "demo", null));
        assertThat(list.findValuesAsText("version")).containsExactly("1", "0");
    }

    @Test
    void anEditAfterTheFirstSubmissionIsRefusedOnThePageAndInTheApi() {
        TestData.Subject subject = testData.newOrganisation(2166);
        new UserAgent(port)
                .api(
                        "PUT",
                        "/api/v1/organisations/" + subject.organisationId() + "/submissions/2166/participatie",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "{\"lockVersion\": 0, \"values\": {\"A.KCC.fte\": 2}}");
        UserAgent browser = beheerderOn(2166);

        HttpResponse<String> page = edit(browser, 2166, Map.of("action", "RETIRE_TASK", "item", "KCC"));
        String document = new UserAgent(port)
                .api("GET", "/api/v1/catalog/2166/participatie", "beheerder", "demo", null)
                .body();
        HttpResponse<String> api = new UserAgent(port)
                .withHeader("If-Match", "\"0\"")
                .api("PUT", "/api/v1/catalog/2166/participatie", "beheerder", "demo", document);

        String message = "De catalogus van Participatie 2166 kan niet meer worden gewijzigd: er zijn al 1"
                + " aanlevering(en) begonnen. Er is niets opgeslagen.";
        assertThat(page.body()).contains(message);
        assertThat(browser.get(page(2166)).body()).contains(message).doesNotContain("name=\"action\"");
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(json(api).get("detail").asText()).isEqualTo(message);
        assertThat(catalog.version(2166, "PARTICIPATIE")).contains(0);
        assertThat(catalog.find(2166, "PARTICIPATIE").orElseThrow().task("KCC")).isPresent();
    }

    @Test
    void theApiReplacesTheCatalogueUnderItsETagAndRefusesAStaleOrMissingOne() {
        catalog.openYearWithStandardCatalog(2167);
        HttpResponse<String> read =
                new UserAgent(port).api("GET", "/api/v1/catalog/2167/participatie", "beheerder", "demo", null);
        assertThat(read.headers().firstValue("ETag")).contains("\"0\"");
        ObjectNode document = (ObjectNode) json(read);
        ((ObjectNode) document.at("/groups/0/tasks/0")).put("code", "KLANTCONTACT");
        ((ObjectNode) document.at("/groups/0/tasks/0/name")).put("nl", "Klantcontact");

        HttpResponse<String> replaced = new UserAgent(port)
                .withHeader("If-Match", "\"0\"")
                .api("PUT", "/api/v1/catalog/2167/participatie", "beheerder", "demo", document.toString());
        HttpResponse<String> stale = new UserAgent(port)
                .withHeader("If-Match", "\"0\"")
                .api("PUT", "/api/v1/catalog/2167/participatie", "beheerder", "demo", document.toString());
        HttpResponse<String> missing = new UserAgent(port)
                .api("PUT", "/api/v1/catalog/2167/participatie", "beheerder", "demo", document.toString());

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(catalog.find(2167, "PARTICIPATIE").orElseThrow().task("KLANTCONTACT"))
                .isPresent();
        assertThat(catalog.find(2167, "PARTICIPATIE").orElseThrow().task("KCC")).isEmpty();
        assertThat(auditFields(2167))
                .contains("groups[UITVOERING].tasks[KCC]", "groups[UITVOERING].tasks[KLANTCONTACT]");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).get("detail").asText())
                .isEqualTo("De catalogus is intussen gewijzigd: If-Match noemt versie 0, de huidige is versie 1. Er is"
                        + " niets opgeslagen; lees de catalogus opnieuw.");
        assertThat(missing.statusCode()).isEqualTo(428);
        assertThat(catalog.version(2167, "PARTICIPATIE")).contains(1);
    }

    @Test
    void theApiRefusesAnInvalidCatalogueWithFieldErrorsAndADeelnemerWith403() {
        TestData.Subject subject = testData.newOrganisation(2168);
        ObjectNode document = (ObjectNode)
                json(new UserAgent(port).api("GET", "/api/v1/catalog/2168/participatie", "beheerder", "demo", null));
        document.put("hoofdfactor", "ONBEKEND");
        ArrayNode tasks = (ArrayNode) document.at("/groups/0/tasks");
        tasks.add(tasks.get(0).deepCopy());
        ((ObjectNode) document.at("/indicators/2")).put("minimum", 10).put("maximum", 1);

        HttpResponse<String> invalid = new UserAgent(port)
                .withHeader("If-Match", "\"0\"")
                .api("PUT", "/api/v1/catalog/2168/participatie", "beheerder", "demo", document.toString());
        HttpResponse<String> forbidden = new UserAgent(port)
                .withHeader("If-Match", "\"0\"")
                .api(
                        "PUT",
                        "/api/v1/catalog/2168/participatie",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        document.toString());

        assertThat(invalid.statusCode()).isEqualTo(422);
        JsonNode errors = json(invalid).get("errors");
        assertThat(errors.get("hoofdfactor").asText())
                .isEqualTo("De hoofdfactor ONBEKEND is geen indicator van deze module.");
        assertThat(errors.get("groups[UITVOERING].tasks[KCC].code").asText())
                .isEqualTo("De code KCC komt al voor; elke code is uniek.");
        assertThat(errors.get("indicators[LKS].minimum").asText())
                .isEqualTo("De ondergrens is hoger dan de bovengrens.");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(catalog.version(2168, "PARTICIPATIE")).contains(0);
    }
}
