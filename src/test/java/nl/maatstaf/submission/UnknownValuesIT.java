package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Spec §8 in data entry: "niet bekend" and "n.v.t." are kept as such from page or API to the approved version. */
@IntegrationTest
class UnknownValuesIT {

    private static final int YEAR = 2385;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALUES = """
            {"A.KCC.fte": 2, "A.KCC.loonkosten": "nb", "A.BELEID.fte": "NIET_VAN_TOEPASSING",
             "A.BELEID.loonkosten": "n.v.t.", "B.BESCHIKKINGEN": 1200, "B.CLIENTEN": "950"}
            """;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ApprovedSubmissions approved;

    private static String path(Subject subject) {
        return "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo";
    }

    private HttpResponse<String> call(String method, String path, String user, String password, String body) {
        return new UserAgent(port).api(method, path, user, password, body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theApiReadsTheWordsAndTheConstantsAsMarkersAndNotAsNumbers() throws Exception {
        Subject subject = testData.newOrganisation(YEAR);

        JsonNode saved = json(call(
                "PUT",
                path(subject),
                subject.deelnemer(),
                TestData.PASSWORD,
                "{\"lockVersion\": 0, \"values\": " + VALUES + "}"));

        assertThat(saved.get("errors")).isEmpty();
        assertThat(saved.at("/markers/A.KCC.loonkosten").asText()).isEqualTo("NIET_BEKEND");
        assertThat(saved.at("/markers/A.BELEID.fte").asText()).isEqualTo("NIET_VAN_TOEPASSING");
        assertThat(saved.get("numbers").has("A.KCC.loonkosten")).isFalse();
        assertThat(saved.get("warnings").toString()).doesNotContain("zonder loonkosten");
    }

    @Test
    void theQuestionnairePageShowsAMarkerAsTheDutchWordsAfterASave() throws Exception {
        Subject subject = testData.newOrganisation(YEAR);
        json(call(
                "PUT",
                path(subject),
                subject.deelnemer(),
                TestData.PASSWORD,
                "{\"lockVersion\": 0, \"values\": " + VALUES + "}"));

        String page = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD)
                .get("/aanleveren/" + YEAR + "/wmo?deel=A")
                .body();

        assertThat(page)
                .contains("name=\"A.KCC.loonkosten\" value=\"niet bekend\"")
                .contains("name=\"A.BELEID.fte\" value=\"n.v.t.\"")
                .contains("list=\"onbekend-keuzes\"")
                .contains("Weet u een waarde niet?");
    }

    @Test
    void aMarkerOutsidePartAIsRefusedAtTheField() throws Exception {
        Subject subject = testData.newOrganisation(YEAR);

        JsonNode saved = json(call(
                "PUT",
                path(subject),
                subject.deelnemer(),
                TestData.PASSWORD,
                "{\"lockVersion\": 0, \"values\": {\"B.CLIENTEN\": \"niet bekend\"}}"));

        assertThat(saved.get("errors").toString())
                .contains("B.CLIENTEN")
                .contains("kan alleen bij de formatie en kosten van deel A");
    }

    @Test
    void theApprovedVersionKeepsTheMarkersBesideTheNumbers() throws Exception {
        Subject subject = testData.newOrganisation(YEAR);
        json(call(
                "PUT",
                path(subject),
                subject.deelnemer(),
                TestData.PASSWORD,
                "{\"lockVersion\": 0, \"values\": " + VALUES + "}"));
        json(call(
                "POST",
                path(subject) + "/submit",
                subject.deelnemer(),
                TestData.PASSWORD,
                "{\"contactName\": \"Anna de Vries\", \"contactEmail\": \"a.devries@example.nl\"}"));

        json(call("POST", path(subject) + "/approve", "beheerder", "demo", "{\"remark\": \"Akkoord.\"}"));

        ApprovedSubmission version =
                approved.approvedOf(subject.organisationId(), YEAR, "WMO").orElseThrow();
        assertThat(version.markers())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "A.KCC.loonkosten", ValueMarker.NIET_BEKEND,
                        "A.BELEID.fte", ValueMarker.NIET_VAN_TOEPASSING,
                        "A.BELEID.loonkosten", ValueMarker.NIET_VAN_TOEPASSING));
        assertThat(version.values()).doesNotContainKeys("A.KCC.loonkosten", "A.BELEID.fte");
        assertThat(version.value("A.KCC.fte")).isEqualByComparingTo("2");
    }
}
