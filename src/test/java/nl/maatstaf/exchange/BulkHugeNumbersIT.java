package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bulk file with a number of fifty million digits or an overflowing exponent is answered at
 * once with the number's own line in the report, never with a 500 or minutes of work, in JSON
 * and CSV, over the API and on the exchange page.
 */
@IntegrationTest
class BulkHugeNumbersIT {

    static final int YEAR = 2094;
    static final Duration WELL_UNDER_A_MINUTE = Duration.ofSeconds(5);
    static final String TOO_MANY_DIGITS =
            "Dit getal heeft te veel cijfers: voluit geschreven zijn er hoogstens 40 toegestaan.";
    static final String BOUNDARY = "----maatstaf-huge-numbers";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    private String code(Subject subject) {
        return organisations.find(subject.organisationId()).orElseThrow().code();
    }

    private byte[] json(Subject subject, String number) {
        return BulkApiIT.jsonFile(
                YEAR,
                List.of(BulkApiIT.submission(
                        code(subject),
                        "WMO",
                        "{\"A.KCC.fte\": 2.5, \"A.KCC.loonkosten\": " + number
                                + ", \"B.BESCHIKKINGEN\": 1200, \"B.CLIENTEN\": 950}")));
    }

    private long versionsOf(Subject subject) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :id
                        """)
                .param("id", subject.organisationId())
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+50000000", "1E+2147483647", "-1E+2147483647", "1E-2147483647"})
    void reportsAHugeJsonNumberOnItsOwnLineAtOnce(String number) {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] file = json(subject, number);

        HttpResponse<String> response = assertTimeoutPreemptively(
                WELL_UNDER_A_MINUTE, () -> new BulkClient(port).post("/api/v1/bulk/" + YEAR, BulkApiIT.JSON, file));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode findings = BulkClient.json(response.body()).get("report").get("findings");
        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.get("row").asInt()).isEqualTo(1);
            assertThat(finding.get("field").asText()).isEqualTo("A.KCC.loonkosten");
            assertThat(finding.get("message").asText()).isEqualTo(TOO_MANY_DIGITS);
        });
        assertThat(versionsOf(subject)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+50000000", "1E+2147483647"})
    void reportsAHugeNumberInACsvFileAsNotANumberAtOnce(String number) {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] file = BulkApiIT.csv(code(subject) + ";WMO;A.KCC.loonkosten;" + number);

        HttpResponse<String> response = assertTimeoutPreemptively(
                WELL_UNDER_A_MINUTE, () -> new BulkClient(port).post("/api/v1/bulk/" + YEAR, BulkApiIT.CSV, file));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(BulkClient.json(response.body())
                        .get("report")
                        .get("findings")
                        .toString())
                .contains("Vul een getal in");
        assertThat(versionsOf(subject)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+50000000", "1E+2147483647"})
    void showsAHugeNumberOfAnUploadedFileOnTheExchangePageAtOnce(String number) {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/uitwisseling?jaar=" + YEAR);
        byte[] body = multipart(beheerder.csrfToken(), json(subject, number));

        HttpResponse<String> page = assertTimeoutPreemptively(
                WELL_UNDER_A_MINUTE,
                () -> beheerder.postRaw("/beheer/uitwisseling", "multipart/form-data; boundary=" + BOUNDARY, body));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Niets geïmporteerd").contains(TOO_MANY_DIGITS);
        assertThat(versionsOf(subject)).isZero();
    }

    private static byte[] multipart(String csrf, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] field :
                new String[][] {{"_csrf", csrf}, {"jaar", String.valueOf(YEAR)}, {"actie", "importeren"}}) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"jaar.json\"\r\n"
                                + "Content-Type: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
