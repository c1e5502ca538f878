package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The beheerder reviews submissions; the participant sees the outcome. */
@IntegrationTest
class SubmissionReviewIT {

    static final int YEAR = 2031;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    static final String SCRIPT = "<script>alert('x')</script>";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApprovedSubmissions approved;

    private record Submitted(Subject subject, UserAgent participant, long submissionId) {}

    private Submitted submitted() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(participant, PAGE, "A", Pages.validWmo());
        Pages.submit(participant, PAGE, Map.of());
        return new Submitted(subject, participant, Pages.submissionId(jdbc, subject.organisationId(), YEAR, "WMO"));
    }

    private HttpResponse<String> review(long submissionId, String action, String remark) {
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/inzendingen/" + submissionId);
        return beheerder.postForm("/beheer/inzendingen/" + submissionId + "/" + action, Map.of("opmerking", remark));
    }

    @Test
    void beheerderSeesTheSubmittedValuesOnTheReviewPage() {
        Submitted s = submitted();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        HttpResponse<String> page = beheerder.get("/beheer/inzendingen/" + s.submissionId());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ingediende versie 1")
                .contains("Toegang en casemanagement – Loonkosten")
                .contains("€ 487.500")
                .contains("Goedkeuren");
    }

    @Test
    void beheerderApprovesAndTheApprovedVersionCountsInTheBenchmark() {
        Submitted s = submitted();

        review(s.submissionId(), "goedkeuren", "");

        assertThat(Pages.status(jdbc, s.subject().organisationId(), YEAR, "WMO"))
                .isEqualTo("GOEDGEKEURD");
        assertThat(approved.approvedOf(s.subject().organisationId(), YEAR, "WMO"))
                .hasValueSatisfying(a -> assertThat(a.value("A.KCC.fte")).isEqualByComparingTo("2"));
        assertThat(s.participant().get(PAGE).body()).contains("Deze aanlevering is goedgekeurd");
    }

    @Test
    void beheerderReturnsWithARemarkAndTheParticipantSeesIt() {
        Submitted s = submitted();

        review(s.submissionId(), "terugsturen", "De loonkosten van de toegang lijken aan de hoge kant.");
        HttpResponse<String> page = s.participant().get(PAGE + "?deel=A");

        assertThat(Pages.status(jdbc, s.subject().organisationId(), YEAR, "WMO"))
                .isEqualTo("TERUGGESTUURD");
        assertThat(page.body())
                .contains("De beheerder heeft versie 1 teruggestuurd")
                .contains("De loonkosten van de toegang lijken aan de hoge kant.")
                .doesNotContain("readonly");
    }

    @Test
    void returnedSubmissionCanBeResubmittedAsTheNextVersion() {
        Submitted s = submitted();
        review(s.submissionId(), "terugsturen", "Graag het aantal cliënten controleren.");

        Pages.save(s.participant(), PAGE, "B", Map.of("B.CLIENTEN", "1.000"));
        HttpResponse<String> resubmitted = Pages.submit(s.participant(), PAGE, Map.of());

        assertThat(resubmitted.statusCode()).isEqualTo(302);
        assertThat(Pages.versionCount(jdbc, s.subject().organisationId(), YEAR, "WMO"))
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT review_status FROM submission_version WHERE submission_id = :id AND version_no = 1")
                        .param("id", s.submissionId())
                        .query(String.class)
                        .single())
                .isEqualTo("TERUGGESTUURD");
    }

    @Test
    void returningWithoutARemarkIsRefused() {
        Submitted s = submitted();

        HttpResponse<String> response = review(s.submissionId(), "terugsturen", "  ");

        assertThat(response.body()).contains("Vul bij terugsturen een opmerking in");
        assertThat(Pages.status(jdbc, s.subject().organisationId(), YEAR, "WMO"))
                .isEqualTo("INGEDIEND");
    }

    @Test
    void scriptInARemarkIsShownEscapedToTheParticipantAndTheBeheerder() {
        Submitted s = submitted();
        review(s.submissionId(), "terugsturen", SCRIPT);

        String participantPage = s.participant().get(PAGE).body();
        String beheerderPage = UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/beheer/inzendingen/" + s.submissionId())
                .body();

        for (String body : new String[] {participantPage, beheerderPage}) {
            assertThat(body).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
    }

    @Test
    void correctionAfterApprovalKeepsTheApprovedVersionInForce() {
        Submitted s = submitted();
        review(s.submissionId(), "goedkeuren", "");
        s.participant().get(PAGE);

        s.participant().postForm(PAGE + "/correctie", Map.of());
        Pages.save(s.participant(), PAGE, "A", Map.of("A.KCC.fte", "2,5", "A.KCC.loonkosten", "187.500"));
        Pages.submit(s.participant(), PAGE, Map.of());

        assertThat(Pages.status(jdbc, s.subject().organisationId(), YEAR, "WMO"))
                .isEqualTo("INGEDIEND");
        assertThat(approved.approvedOf(s.subject().organisationId(), YEAR, "WMO"))
                .hasValueSatisfying(a -> {
                    assertThat(a.versionNo()).isEqualTo(1);
                    assertThat(a.value("A.KCC.fte")).isEqualByComparingTo("2");
                });
    }

    @Test
    void statusOverviewShowsEveryEnrolledOrganisationWithItsStatus() {
        Submitted s = submitted();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        HttpResponse<String> page = beheerder.get("/beheer/status?jaar=" + YEAR);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(s.subject().name())
                .contains("/beheer/inzendingen/" + s.submissionId())
                .contains("Niet gestart")
                .contains("Ingediend");
    }

    @Test
    void participantCannotOpenTheReviewPages() {
        Submitted s = submitted();

        assertThat(s.participant()
                        .get("/beheer/inzendingen/" + s.submissionId())
                        .statusCode())
                .isEqualTo(403);
        assertThat(s.participant().get("/beheer/status").statusCode()).isEqualTo(403);
    }
}
