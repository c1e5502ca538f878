package nl.maatstaf.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors answered by the error page rather than a module's own handler: a body the server cannot
 * read at all is the client's mistake (a Dutch 400 or 415, never a 500), and problem documents
 * are titled in Dutch.
 */
@IntegrationTest
class UnreadableRequestIT {

    static final int YEAR = 2081;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Test
    void answersAMultipartUploadWithoutBoundaryWithADutchBadRequestPage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        browser.get(PAGE);

        HttpResponse<String> response = browser.postRaw(
                PAGE + "/werkmap?_csrf=" + browser.csrfToken(),
                "multipart/form-data",
                "geen multipart".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Het verzoek kon niet worden verwerkt.");
    }

    @Test
    void answersAWorkbookSentAsAnUndecodableFormWithABadRequestProblem() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<byte[]> response = new UserAgent(port)
                .apiFile(
                        "PUT",
                        workbookApi(subject) + "?lockVersion=0",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "application/x-www-form-urlencoded",
                        new byte[] {'%', 'z', 'z', (byte) 0xd0, (byte) 0xba});

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("Het verzoek kon niet worden verwerkt.");
    }

    @Test
    void answersAWorkbookSentAsPlainTextWithADutchUnsupportedMediaTypeProblem() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<byte[]> response = new UserAgent(port)
                .apiFile(
                        "PUT",
                        workbookApi(subject) + "?lockVersion=0",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "text/plain",
                        "geen werkmap".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("Dit soort inhoud wordt hier niet aangenomen.");
    }

    @Test
    void titlesTheProblemOfAnotherOrganisationsResultsInDutch() {
        Subject subject = testData.newOrganisation(YEAR);
        Subject other = testData.newOrganisation(YEAR);

        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "GET",
                        "/api/v1/organisations/" + other.organisationId() + "/results/" + YEAR + "/wmo",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"title\":\"Geen toegang\"").doesNotContain("Forbidden");
    }

    private static String workbookApi(Subject subject) {
        return "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo/workbook";
    }
}
