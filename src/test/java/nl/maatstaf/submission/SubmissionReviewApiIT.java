package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The beheerder approves or returns a submission over JSON, as on the review page. */
@IntegrationTest
class SubmissionReviewApiIT {

    static final int YEAR = 2209;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    ApprovedSubmissions approved;

    private Subject submitted() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(participant, PAGE, "A", Pages.validWmo());
        Pages.submit(participant, PAGE, Map.of());
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("INGEDIEND");
        return subject;
    }

    private HttpResponse<String> review(Subject subject, String action, String body, String username, String password) {
        return new UserAgent(port)
                .api(
                        "POST",
                        "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo/" + action,
                        username,
                        password,
                        body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("No JSON: " + response.body(), e);
        }
    }

    private String key(Subject subject) {
        return String.valueOf(Pages.submissionId(jdbc, subject.organisationId(), YEAR, "WMO"));
    }

    @Test
    void theBeheerderApprovesOverTheApiAndTheApprovalIsOnRecord() {
        Subject subject = submitted();

        HttpResponse<String> response = review(subject, "approve", "{\"remark\": \"Akkoord.\"}", "beheerder", "demo");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("GOEDGEKEURD");
        assertThat(json(response).get("version").asInt()).isEqualTo(1);
        assertThat(json(response).get("remark").asText()).isEqualTo("Akkoord.");
        assertThat(json(response).get("detail").asText())
                .isEqualTo("De inzending is goedgekeurd en telt nu mee in de benchmark.");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("GOEDGEKEURD");
        assertThat(approved.approvedOf(subject.organisationId(), YEAR, "WMO")).isPresent();
        assertThat(Pages.auditActions(jdbc, subject.organisationId(), "GOEDGEKEURD"))
                .isEqualTo(1);
    }

    @Test
    void theBeheerderReturnsWithARemarkWhichTheParticipantSees() {
        Subject subject = submitted();

        HttpResponse<String> response =
                review(subject, "return", "{\"remark\": \"Graag de fte van het KCC nakijken.\"}", "beheerder", "demo");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("TERUGGESTUURD");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("TERUGGESTUURD");
        assertThat(Pages.auditActions(jdbc, subject.organisationId(), "TERUGGESTUURD"))
                .isEqualTo(1);
        assertThat(Pages.open(port, subject.deelnemer(), PAGE).get(PAGE).body())
                .contains("Graag de fte van het KCC nakijken.");
    }

    @Test
    void returningWithoutARemarkIsRefusedAndChangesNothing() {
        Subject subject = submitted();

        HttpResponse<String> response = review(subject, "return", "{\"remark\": \"  \"}", "beheerder", "demo");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/errors/remark").asText())
                .isEqualTo("Vul bij terugsturen een opmerking in, zodat de deelnemer weet wat er anders moet. Er is"
                        + " niets gewijzigd.");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("INGEDIEND");
    }

    @Test
    void approvingADraftIsAConflict() {
        Subject subject = testData.newOrganisation(YEAR);
        Pages.save(Pages.open(port, subject.deelnemer(), PAGE), PAGE, "A", Pages.validWmo());

        HttpResponse<String> response = review(subject, "approve", null, "beheerder", "demo");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("detail").asText())
                .isEqualTo("Deze aanlevering wacht niet op een beoordeling (status CONCEPT). Er is niets gewijzigd.");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("CONCEPT");
    }

    @Test
    void aDeelnemerCannotApproveOrReturnItsOwnSubmission() {
        Subject subject = submitted();

        HttpResponse<String> approve = review(subject, "approve", null, subject.deelnemer(), TestData.PASSWORD);
        HttpResponse<String> sendBack =
                review(subject, "return", "{\"remark\": \"Zelf terug\"}", subject.deelnemer(), TestData.PASSWORD);

        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(json(approve).get("detail").asText())
                .isEqualTo("Alleen de beheerder mag een aanlevering goedkeuren of terugsturen.");
        assertThat(sendBack.statusCode()).isEqualTo(403);
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("INGEDIEND");
        assertThat(audit.forEntity(SubmissionService.AUDIT_ENTITY, key(subject)))
                .noneMatch(entry ->
                        entry.action().equals("GOEDGEKEURD") || entry.action().equals("TERUGGESTUURD"));
    }
}
