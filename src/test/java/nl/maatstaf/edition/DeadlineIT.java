package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A submission deadline per edition, set on the edition page and through the edition API. */
@IntegrationTest
class DeadlineIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Autowired
    AuditLog audit;

    private static Map<String, String> settingsForm(String deadline, int version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("allowed", "ALLE_GOEDGEKEURD");
        form.put("defaultPolicy", "ALLE_GOEDGEKEURD");
        form.put("neighbourCount", "10");
        form.put("minimumReferenceSize", "5");
        form.put("version", String.valueOf(version));
        form.put("deadline", deadline);
        return form;
    }

    private static String settings(String deadline, int version) {
        return "{\"allowedPolicies\": [\"ALLE_GOEDGEKEURD\"], \"defaultPolicy\": \"ALLE_GOEDGEKEURD\","
                + " \"neighbourCount\": 10, \"minimumReferenceSize\": 5, \"version\": " + version
                + (deadline == null ? "" : ", \"deadline\": " + deadline) + "}";
    }

    private HttpResponse<String> api(String method, String path, String body) {
        return new UserAgent(port).api(method, path, "beheerder", "demo", body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("No JSON: " + response.body(), e);
        }
    }

    @Test
    void theBeheerderSetsTheDeadlineOnTheEditionPageInDutchNotation() {
        testData.newOrganisation(2216);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/2216/participatie");

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/editie/2216/participatie/instellingen",
                settingsForm("1-4-2026", editions.version(2216, "PARTICIPATIE")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(editions.deadline(2216, "PARTICIPATIE")).contains(LocalDate.of(2026, 4, 1));
        assertThat(beheerder.get("/beheer/editie/2216/participatie").body())
                .containsPattern("id=\"deadline\" name=\"deadline\"[^>]*value=\"01-04-2026\"");
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, "2216/PARTICIPATIE"))
                .anySatisfy(entry -> {
                    assertThat(entry.field()).isEqualTo("inleverdatum");
                    assertThat(entry.newValue()).isEqualTo("2026-04-01");
                    assertThat(entry.username()).isEqualTo("beheerder");
                });
    }

    @Test
    void aDeadlineThatIsNoDateIsRefusedAtTheFieldAndNothingIsStored() {
        testData.newOrganisation(2217);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/2217/participatie");

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/editie/2217/participatie/instellingen",
                settingsForm("31-02-2026", editions.version(2217, "PARTICIPATIE")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Vul een datum in als dd-mm-jjjj (bijvoorbeeld 01-04-2026), of laat het veld leeg.")
                .contains("value=\"31-02-2026\"");
        assertThat(editions.deadline(2217, "PARTICIPATIE")).isEqualTo(Optional.empty());
    }

    @Test
    void theDeadlineIsReadAndChangedThroughTheEditionApi() {
        testData.newOrganisation(2218);
        String path = "/api/v1/editions/2218/participatie";
        int version = json(api("GET", path, null)).get("version").asInt();
        assertThat(json(api("GET", path, null)).get("deadline").isNull()).isTrue();

        HttpResponse<String> set = api("PUT", path, settings("\"2026-04-01\"", version));

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(json(set).get("deadline").asText()).isEqualTo("2026-04-01");
        assertThat(json(api("GET", path, null)).get("deadline").asText()).isEqualTo("2026-04-01");
        assertThat(editions.deadline(2218, "PARTICIPATIE")).contains(LocalDate.of(2026, 4, 1));

        HttpResponse<String> cleared =
                api("PUT", path, settings(null, json(set).get("version").asInt()));

        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        assertThat(json(cleared).get("deadline").isNull()).isTrue();
        assertThat(editions.deadline(2218, "PARTICIPATIE")).isEqualTo(Optional.empty());
    }

    @Test
    void aDeadlineThatIsNoIsoDateIsRefusedByTheApiAndNothingIsStored() {
        testData.newOrganisation(2219);
        String path = "/api/v1/editions/2219/participatie";
        int version = json(api("GET", path, null)).get("version").asInt();

        HttpResponse<String> response = api("PUT", path, settings("\"1 april 2026\"", version));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/errors/deadline").asText())
                .isEqualTo("Geef deadline als datum jjjj-mm-dd (bijvoorbeeld 2026-04-01), of laat het veld weg voor"
                        + " geen inleverdatum.");
        assertThat(editions.deadline(2219, "PARTICIPATIE")).isEqualTo(Optional.empty());
        assertThat(editions.version(2219, "PARTICIPATIE")).isEqualTo(version);
    }
}
