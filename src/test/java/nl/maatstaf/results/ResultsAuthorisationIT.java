package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Deelnemers and lezers see only their own organisation; the beheerder any, audited. */
@IntegrationTest
class ResultsAuthorisationIT {

    private static final int YEAR = 2036;

    @LocalServerPort
    int port;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    AuditLog audit;

    @Autowired
    TestData testData;

    @Test
    void aDeelnemerAskingForAnotherOrganisationOnThePageGetsNoFigureOfIt() {
        TestData.Subject own = withApprovedFigures(300, 150_000);
        TestData.Subject other = withApprovedFigures(200, 987_654);

        HttpResponse<String> response = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + YEAR + "/participatie?organisatie=" + other.organisationId());

        assertThat(response.statusCode()).isIn(403, 404);
        assertThat(response.body())
                .doesNotContain(other.name())
                .doesNotContain(DutchFormat.euro(ItFigures.totalCostPerUnit(200, 987_654)));
    }

    @Test
    void aLezerAskingForAnotherOrganisationThroughTheApiGetsNoFigureOfIt() {
        TestData.Subject own = withApprovedFigures(300, 150_000);
        TestData.Subject other = withApprovedFigures(200, 987_654);

        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "GET",
                        "/api/v1/organisations/" + other.organisationId() + "/results/" + YEAR + "/PARTICIPATIE",
                        own.lezer(),
                        TestData.PASSWORD,
                        null);

        assertThat(response.statusCode()).isIn(403, 404);
        assertThat(response.body()).doesNotContain(other.name()).doesNotContain("987654");
    }

    @Test
    void aLezerReadsTheOwnOrganisationThroughTheApi() {
        TestData.Subject own = withApprovedFigures(300, 150_000);

        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "GET",
                        "/api/v1/organisations/" + own.organisationId() + "/results/" + YEAR + "/participatie",
                        own.lezer(),
                        TestData.PASSWORD,
                        null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(own.name());
    }

    @Test
    void theBeheerderReadsAnyOrganisationAndTheAccessIsAudited() {
        TestData.Subject other = withApprovedFigures(250, 321_000);

        HttpResponse<String> response = UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/resultaten/" + YEAR + "/participatie?organisatie=" + other.organisationId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(other.name())
                .contains(DutchFormat.euro(ItFigures.totalCostPerUnit(250, 321_000)));
        assertThat(audit.forEntity(ResultsAccess.AUDIT_ENTITY, YEAR + "/PARTICIPATIE"))
                .anySatisfy(entry -> assertAccessBy("beheerder", other.organisationId(), entry));
    }

    @Test
    void theBeheerderReadingThroughTheApiIsAuditedToo() {
        TestData.Subject other = withApprovedFigures(250, 321_000);

        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "GET",
                        "/api/v1/organisations/" + other.organisationId() + "/results/" + YEAR + "/participatie",
                        "beheerder",
                        "demo",
                        null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(audit.forEntity(ResultsAccess.AUDIT_ENTITY, YEAR + "/PARTICIPATIE"))
                .anySatisfy(entry -> assertAccessBy("beheerder", other.organisationId(), entry));
    }

    @Test
    void theBeheerderWithoutAChoiceGetsAListOfParticipants() {
        TestData.Subject other = withApprovedFigures(250, 321_000);

        HttpResponse<String> response =
                UserAgent.loggedIn(port, "beheerder", "demo").get("/resultaten/" + YEAR + "/participatie");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(other.name())
                .contains("organisatie=" + other.organisationId())
                .doesNotContain(DutchFormat.euro(ItFigures.totalCostPerUnit(250, 321_000)));
    }

    @Test
    void anApiCallWithoutCredentialsIsRefused() {
        HttpResponse<String> response = new UserAgent(port)
                .api("GET", "/api/v1/organisations/1/results/2025/participatie", "beheerder", "fout", null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private TestData.Subject withApprovedFigures(int uitkeringen, long loonkosten) {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        approved.storeApproved(
                subject.organisationId(),
                YEAR,
                "PARTICIPATIE",
                ItFigures.participatie(uitkeringen, loonkosten),
                "test");
        return subject;
    }

    private static void assertAccessBy(String username, long organisationId, AuditRecord entry) {
        assertThat(entry.username()).isEqualTo(username);
        assertThat(entry.organisationId()).isEqualTo(organisationId);
        assertThat(entry.action()).isEqualTo("INZAGE");
    }
}
