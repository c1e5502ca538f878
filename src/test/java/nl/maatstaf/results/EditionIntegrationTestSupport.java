package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the edition integration tests share: organisations with approved Participatie figures in one
 * peiljaar, and reading their results over the API and the pages.
 */
abstract class EditionIntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    /**
     * @return {@code count} organisations; the i-th (from 0) has 400 + 10·i uitkeringen and
     *     loonkosten 200.000 + 10.007·i
     */
    List<TestData.Subject> approvedParticipants(int year, int count) {
        List<TestData.Subject> subjects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestData.Subject subject = testData.newOrganisation(year);
            approved.storeApproved(
                    subject.organisationId(),
                    year,
                    "PARTICIPATIE",
                    ItFigures.participatie(400 + 10 * i, 200_000 + 10_007L * i),
                    "test");
            subjects.add(subject);
        }
        return subjects;
    }

    /** The organisation's Participatie results of the year from the API, which must answer 200. */
    JsonNode results(long organisationId, int year, String query, String username, String password) throws IOException {
        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "GET",
                        "/api/v1/organisations/" + organisationId + "/results/" + year + "/participatie" + query,
                        username,
                        password,
                        null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static String html(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected 200, got " + response.statusCode() + ": " + response.body());
        }
        return response.body().replace("&amp;", "&");
    }
}
