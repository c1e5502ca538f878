package nl.maatstaf.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.testsupport.EmptyInstallTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A whole benchmark edition run by a script against the JSON API of a fresh production install:
 * the beheerder opens the peiljaar, registers six municipalities and a cooperation, creates each
 * one's first user and enrols it; every user activates its account through the link it was given,
 * fills in and submits its figures; the beheerder approves them all and publishes; each participant
 * then reads its published results against the six others. The beheerder's script works with a
 * personal API token it makes first; the participants' scripts use their passwords. Only the
 * activation itself is a page: a person chooses a password there, which no script should do for them.
 */
@EmptyInstallTest
@TestPropertySource(
        properties = {
            "maatstaf.test.empty-install.name=empty_api",
            // A scripted install: the beheerder may make its first token with its password alone.
            "maatstaf.security.beheerder-two-factor=optional"
        })
class EmptyInstallApiCycleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = 2026;
    private static final String MODULE = "PARTICIPATIE";
    private static final String PASSWORD = "Elf-Uitkeringen-Per-Dag-2026";
    private static final List<String> MUNICIPALITIES =
            List.of("GM0363", "GM0599", "GM0518", "GM0344", "GM0772", "GM0014");
    private static final List<String> COOPERATION = List.of("GM0361", "GM0398", "GM0416");

    @LocalServerPort
    int port;

    private final Map<String, Long> phaseMillis = new LinkedHashMap<>();
    private String token;
    private long phaseStart = System.nanoTime();

    @Test
    void aScriptRunsAWholeEditionFromAnEmptyInstallThroughTheApi() throws Exception {
        JsonNode created = call(
                "POST",
                "/api/v1/me/tokens",
                EmptyInstallTest.ADMIN,
                EmptyInstallTest.ADMIN_PASSWORD,
                "{\"name\": \"Inrichting peiljaar\", \"scope\": \"WRITE\", \"validityDays\": 7}",
                201);
        token = created.get("token").asText();
        JsonNode me = beheerder("GET", "/api/v1/me", null, 200);
        assertThat(me.get("organisation").isNull()).isTrue();
        assertThat(beheerder("GET", "/api/v1/years", null, 200)).isEmpty();
        assertThat(beheerder("GET", "/api/v1/organisations", null, 200)).isEmpty();

        beheerder("POST", "/api/v1/years", "{\"year\": " + YEAR + "}", 201);
        phase("peiljaar geopend");

        List<Participant> participants = new ArrayList<>();
        for (String code : MUNICIPALITIES) {
            JsonNode organisation =
                    beheerder("POST", "/api/v1/organisations", "{\"municipality\": \"" + code + "\"}", 201);
            assertThat(organisation.get("code").asText()).isEqualTo(code);
            participants.add(new Participant(organisation.get("id").asLong(), code));
        }
        JsonNode cooperation = beheerder(
                "POST",
                "/api/v1/organisations",
                "{\"name\": \"Werkorganisatie Noord\", \"members\": " + JSON.writeValueAsString(COOPERATION) + "}",
                201);
        assertThat(cooperation.get("code").asText()).startsWith("SW");
        participants.add(new Participant(
                cooperation.get("id").asLong(), cooperation.get("code").asText()));
        phase("zeven organisaties geregistreerd");

        for (Participant participant : participants) {
            JsonNode user = beheerder(
                    "POST",
                    "/api/v1/organisations/" + participant.id() + "/users",
                    """
                    {"username": "%s", "displayName": "Contactpersoon %s", "email": "%s@example.nl",
                     "roles": ["DEELNEMER"], "orgAdmin": true}
                    """.formatted(participant.username(), participant.code(), participant.username()),
                    201);
            activate(user.get("activationLink").asText());
            beheerder(
                    "PUT",
                    "/api/v1/organisations/" + participant.id() + "/enrolments/" + YEAR + "/" + MODULE,
                    null,
                    201);
        }
        phase("eerste gebruikers aangemaakt, geactiveerd en ingeschreven");

        int n = 0;
        for (Participant participant : participants) {
            n++;
            String path = submission(participant);
            participant.call("PUT", path, "{\"lockVersion\": 0, \"values\": " + values(n) + "}", 200);
            JsonNode submitted = participant.call(
                    "POST",
                    path + "/submit",
                    "{\"contactName\": \"Contactpersoon\", \"contactEmail\": \"" + participant.username()
                            + "@example.nl\"}",
                    200);
            assertThat(submitted.get("status").asText()).isEqualTo("INGEDIEND");
        }
        phase("zeven inzendingen ingediend");

        for (Participant participant : participants) {
            beheerder("POST", submission(participant) + "/approve", "{\"remark\": \"Akkoord\"}", 200);
        }
        beheerder("POST", "/api/v1/editions/" + YEAR + "/" + MODULE + "/publication", "{}", 201);
        phase("goedgekeurd en gepubliceerd");

        for (Participant participant : participants) {
            JsonNode results = participant.call(
                    "GET", "/api/v1/organisations/" + participant.id() + "/results/" + YEAR + "/" + MODULE, null, 200);
            assertThat(results.get("preliminary").asBoolean()).isFalse();
            assertThat(results.get("published").asBoolean()).isTrue();
            assertThat(results.at("/referenceGroup/size").asInt()).isEqualTo(6);
            assertThat(results.at("/costs/total/reference").isNumber()).isTrue();
        }
        phase("resultaten gelezen door alle deelnemers");

        System.out.println("Edition from an empty install through the API, milliseconds per phase: " + phaseMillis);
    }

    private void activate(String link) {
        URI uri = URI.create(link);
        UserAgent person = new UserAgent(port);
        assertThat(person.get(uri.getPath()).statusCode()).isEqualTo(200);
        HttpResponse<String> set =
                person.postForm(uri.getPath(), Map.of("password", PASSWORD, "repeatedPassword", PASSWORD));
        assertThat(set.statusCode()).as(set.body()).isIn(200, 302);
    }

    private static String submission(Participant participant) {
        return "/api/v1/organisations/" + participant.id() + "/submissions/" + YEAR + "/" + MODULE;
    }

    /** Plausible figures that differ per organisation, with wages per fte inside the usual range. */
    private static String values(int n) {
        int clients = 800 + 150 * n;
        return """
                {"A.KCC.fte": %d, "A.KCC.loonkosten": %d, "A.KM_INKOMEN.fte": %d, "A.KM_INKOMEN.loonkosten": %d,
                 "B.BIJSTANDSUITKERINGEN": %d}
                """.formatted(2 + n, (2 + n) * 65_000, 5 + n, (5 + n) * 70_000, clients);
    }

    private JsonNode beheerder(String method, String path, String body, int expectedStatus) throws Exception {
        return json(new UserAgent(port).apiWithToken(method, path, token, body), method, path, expectedStatus);
    }

    private JsonNode call(String method, String path, String user, String password, String body, int expectedStatus)
            throws Exception {
        return json(new UserAgent(port).api(method, path, user, password, body), method, path, expectedStatus);
    }

    private static JsonNode json(HttpResponse<String> response, String method, String path, int expectedStatus)
            throws Exception {
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(expectedStatus);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private void phase(String name) {
        long now = System.nanoTime();
        phaseMillis.put(name, (now - phaseStart) / 1_000_000);
        phaseStart = now;
    }

    private final class Participant {
        private final long id;
        private final String code;

        Participant(long id, String code) {
            this.id = id;
            this.code = code;
        }

        long id() {
            return id;
        }

        String code() {
            return code;
        }

        String username() {
            return "beheer-" + code.toLowerCase(java.util.Locale.ROOT);
        }

        JsonNode call(String method, String path, String body, int expectedStatus) throws Exception {
            return EmptyInstallApiCycleIT.this.call(method, path, username(), PASSWORD, body, expectedStatus);
        }
    }
}
