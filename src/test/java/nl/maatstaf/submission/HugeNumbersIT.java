package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tiny request with a number of fifty million digits ({@code 1E+50000000}) or one whose scale
 * overflows ({@code 1E+2147483647}) is answered at once with a Dutch message, never after minutes
 * of work or with a 500, whether typed on the page, sent as a JSON number or found in a workbook.
 */
@IntegrationTest
class HugeNumbersIT {

    static final int YEAR = 2091;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    static final Duration WELL_UNDER_A_MINUTE = Duration.ofSeconds(5);
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

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+50000000", "1E+2147483647", "1E-2147483647", "1e400"})
    void refusesAHugeJsonNumberAtOnceWithADutchMessageAndStoresNothing(String number) {
        Subject subject = testData.newOrganisation(YEAR);
        String body = "{\"lockVersion\": 0, \"values\": {\"A.KCC.fte\": 2, \"A.KCC.loonkosten\": " + number + "}}";

        HttpResponse<String> response = assertTimeoutPreemptively(
                WELL_UNDER_A_MINUTE,
                () -> new UserAgent(port).api("PUT", api(subject), subject.deelnemer(), TestData.PASSWORD, body));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.get("detail").asText()).contains("Er is niets opgeslagen");
        assertThat(problem.get("errors").get("A.KCC.loonkosten").asText())
                .isEqualTo("A.KCC.loonkosten: Dit getal heeft te veel cijfers: voluit geschreven zijn er hoogstens 40"
                        + " toegestaan.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void stillReadsAJsonNumberOfFortyDigitsAndReportsItAsTooLarge() {
        Subject subject = testData.newOrganisation(YEAR);
        String body = "{\"lockVersion\": 0, \"values\": {\"A.KCC.loonkosten\": 1E+39}}";

        HttpResponse<String> response =
                new UserAgent(port).api("PUT", api(subject), subject.deelnemer(), TestData.PASSWORD, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO"))
                .containsEntry("A.KCC.loonkosten", "1" + "0".repeat(39));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+50000000", "1E+2147483647"})
    void showsATypedExponentOnThePageAsNotANumberAtOnce(String typed) {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");

        HttpResponse<String> saved = assertTimeoutPreemptively(
                WELL_UNDER_A_MINUTE, () -> Pages.save(browser, PAGE, "A", Map.of("A.KCC.fte", typed)));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Klantcontactcentrum (KCC) – Formatie (fte): Vul een getal in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+50000000", "1E+2147483647"})
    void refusesAWorkbookWithAHugeNumberCellAtOnceNamingTheCell(String number) {
        Subject subject = testData.newOrganisation(YEAR);
        WorkbookFiles workbook = WorkbookFiles.read(download(subject));
        String place = workbook.place("A.KCC.loonkosten");
        byte[] file = workbook.set("A.KCC.fte", 2)
                .set("A.KCC.loonkosten", new BigDecimal(number))
                .bytes();

        HttpResponse<byte[]> response = assertTimeoutPreemptively(
                WELL_UNDER_A_MINUTE,
                () -> new UserAgent(port)
                        .apiFile(
                                "PUT",
                                api(subject) + "/workbook?lockVersion=0",
                                subject.deelnemer(),
                                TestData.PASSWORD,
                                WorkbookLayout.CONTENT_TYPE,
                                file));

        assertThat(response.statusCode()).isEqualTo(422);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body)
                .contains("\"place\":\"" + place + "\"")
                .contains(place + " (Klantcontactcentrum (KCC) – Loonkosten): Dit getal heeft te veel cijfers");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    private byte[] download(Subject subject) {
        HttpResponse<byte[]> response = new UserAgent(port)
                .apiFile("GET", api(subject) + "/workbook", subject.deelnemer(), TestData.PASSWORD, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
