package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A body the submission API cannot read is the client's mistake: a Dutch 400 problem document (or
 * 415 for a content type it does not take), never a 500, and nothing stored. {@code curl -d}
 * sends its data as a form, so truncated JSON or random bytes arrive as a form body whose
 * parameter names the firewall rejects.
 */
@IntegrationTest
class SubmissionApiUnreadableBodyIT {

    static final int YEAR = 2092;
    static final String FORM = "application/x-www-form-urlencoded";
    static final String TRUNCATED = "{\n  \"lockVersion\": 0,\n  \"values\": {\"A.KCC.fte\": 2";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    private static String api(Subject subject) {
        return "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo";
    }

    private Answer send(Subject subject, String method, String path, String contentType, byte[] body) {
        HttpResponse<byte[]> response =
                new UserAgent(port).apiFile(method, path, subject.deelnemer(), TestData.PASSWORD, contentType, body);
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[512];
        new Random(20_92).nextBytes(bytes);
        bytes[0] = '\n';
        return bytes;
    }

    private static JsonNode problem(Answer response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.");
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    @Test
    void answersTruncatedJsonSentAsAFormToSubmitWithADutchBadRequest() {
        Subject subject = testData.newOrganisation(YEAR);

        Answer response =
                send(subject, "POST", api(subject) + "/submit", FORM, TRUNCATED.getBytes(StandardCharsets.UTF_8));

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("title").asText()).isEqualTo("Ongeldig verzoek");
        assertThat(problem.get("detail").asText())
                .isEqualTo("De inhoud van het verzoek is geen geldige JSON in de" + " verwachte vorm.");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("NIET_GESTART");
    }

    @Test
    void answersRandomBytesSentAsAFormToSubmitWithADutchBadRequest() {
        Subject subject = testData.newOrganisation(YEAR);

        Answer response = send(subject, "POST", api(subject) + "/submit", FORM, randomBytes());

        assertThat(problem(response, 400).get("detail").asText()).contains("geen geldige JSON");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("NIET_GESTART");
    }

    @Test
    void answersRandomBytesAsOctetStreamToSubmitWithADutchUnsupportedMediaType() {
        Subject subject = testData.newOrganisation(YEAR);

        Answer response = send(subject, "POST", api(subject) + "/submit", "application/octet-stream", randomBytes());

        JsonNode problem = problem(response, 415);
        assertThat(problem.get("title").asText()).isEqualTo("Soort inhoud niet aangenomen");
        assertThat(problem.get("detail").asText()).contains("Stuur JSON met Content-Type application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=UTF-8"})
    void answersRandomBytesWithAJsonContentTypeWithADutchBadRequest(String contentType) {
        Subject subject = testData.newOrganisation(YEAR);

        Answer submit = send(subject, "POST", api(subject) + "/submit", contentType, randomBytes());
        Answer save = send(subject, "PUT", api(subject), contentType, randomBytes());

        assertThat(problem(submit, 400).get("detail").asText()).contains("geen geldige JSON");
        assertThat(problem(save, 400).get("detail").asText()).contains("geen geldige JSON");
    }

    @Test
    void answersTruncatedJsonOnTheSaveWithADutchBadRequestAndStoresNothing() {
        Subject subject = testData.newOrganisation(YEAR);

        Answer response =
                send(subject, "PUT", api(subject), "application/json", TRUNCATED.getBytes(StandardCharsets.UTF_8));

        assertThat(problem(response, 400).get("detail").asText()).contains("geen geldige JSON");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void answersTruncatedJsonSentAsAFormToTheSaveWithADutchUnsupportedMediaType() {
        Subject subject = testData.newOrganisation(YEAR);

        Answer response = send(subject, "PUT", api(subject), FORM, TRUNCATED.getBytes(StandardCharsets.UTF_8));

        assertThat(problem(response, 415).get("detail").asText()).contains("Stuur JSON");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void answersAnEmptyBodyWithADutchBadRequest() {
        Subject subject = testData.newOrganisation(YEAR);

        Answer submit = send(subject, "POST", api(subject) + "/submit", "application/json", new byte[0]);
        Answer save = send(subject, "PUT", api(subject), "application/json", new byte[0]);

        assertThat(problem(submit, 400).get("detail").asText()).contains("geen geldige JSON");
        assertThat(problem(save, 400).get("detail").asText()).contains("geen geldige JSON");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"[]", "[{\"lockVersion\": 0}]", "\"een tekst\"", "42", "{\"lockVersion\": {\"nummer\": 0}}"})
    void answersValidJsonOfTheWrongShapeWithADutchBadRequest(String body) {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        Answer save = send(subject, "PUT", api(subject), "application/json", bytes);
        Answer submit = send(subject, "POST", api(subject) + "/submit", "application/json", bytes);

        assertThat(problem(save, 400).get("detail").asText()).contains("geen geldige JSON in de verwachte vorm");
        assertThat(problem(submit, 400).get("detail").asText()).contains("geen geldige JSON in de verwachte vorm");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("NIET_GESTART");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"lockVersion\": 0, \"values\": [1, 2]}", "{\"lockVersion\": 0, \"values\": \"A.KCC.fte\"}"})
    void answersValuesThatAreNoObjectWithADutchBadRequest(String body) {
        Subject subject = testData.newOrganisation(YEAR);

        Answer save = send(subject, "PUT", api(subject), "application/json", body.getBytes(StandardCharsets.UTF_8));

        assertThat(problem(save, 400).get("detail").asText()).contains("geen geldige JSON in de verwachte vorm");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    /** What the API answered: status, content type and the body as UTF-8 text. */
    private record Answer(int status, String contentType, String body) {}
}
