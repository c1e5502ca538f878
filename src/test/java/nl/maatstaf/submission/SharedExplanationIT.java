package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The afsluiting: related warnings share one explanation, and every finding links to its field. */
@IntegrationTest
class SharedExplanationIT {

    static final int LAST_YEAR = 2239;
    static final int YEAR = 2240;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogService catalog;

    @Autowired
    ApprovedSubmissions approved;

    /** Last year 6 fte and € 450.000 for the KCC; this year 2 fte and € 150.000: both fall by two thirds. */
    private UserAgent withBothChangesOfOneTask(Subject subject) {
        catalog.openYearWithStandardCatalog(LAST_YEAR);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("A.KCC.fte", new BigDecimal("6"));
        figures.put("A.KCC.loonkosten", new BigDecimal("450000"));
        figures.put("A.TOEGANG.fte", new BigDecimal("6.5"));
        figures.put("A.TOEGANG.loonkosten", new BigDecimal("487500"));
        figures.put("B.BESCHIKKINGEN", new BigDecimal("1200"));
        figures.put("B.CLIENTEN", new BigDecimal("950"));
        approved.storeApproved(subject.organisationId(), LAST_YEAR, "WMO", figures, "test");
        UserAgent participant = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(participant, PAGE, "A", Pages.validWmo());
        return participant;
    }

    @Test
    void theNetCostAndNetFteChangeOfATaskAskForOneExplanation() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = withBothChangesOfOneTask(subject);

        String page = participant.get(PAGE + "?deel=afsluiting").body();

        assertThat(page)
                .contains("Klantcontactcentrum (KCC): de netto kosten veranderen")
                .contains("Klantcontactcentrum (KCC): de netto formatie verandert")
                .contains("Toelichting (één voor deze 2 waarschuwingen)");
        assertThat(page.split("name=\"uitleg:netChange:A.KCC\"", -1)).hasSize(2);
    }

    @Test
    void oneExplanationAnswersBothWarningsAndTheQuestionnaireCanBeSubmitted() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = withBothChangesOfOneTask(subject);

        HttpResponse<String> submitted = Pages.submit(
                participant, PAGE, Map.of("uitleg:netChange:A.KCC", "Het KCC is deels naar de gemeente gegaan."));

        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("INGEDIEND");
        assertThat(jdbc.sql("""
                        SELECT e.warning_key FROM submission_version_explanation e
                        JOIN submission_version v ON v.id = e.version_id JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org
                        """)
                        .param("org", subject.organisationId())
                        .query(String.class)
                        .list())
                .containsExactly("netChange:A.KCC");
    }

    @Test
    void anExplanationStoredUnderAFormerKeyStillAnswersTheSharedWarning() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = withBothChangesOfOneTask(subject);
        jdbc.sql("""
                        INSERT INTO submission_explanation (submission_id, warning_key, explanation)
                        VALUES (:id, 'netCostChange:A.KCC', 'Toelichting van voor de gedeelde sleutel.')
                        """)
                .param("id", Pages.submissionId(jdbc, subject.organisationId(), YEAR, "WMO"))
                .update();

        String page = participant.get(PAGE + "?deel=afsluiting").body();

        assertThat(page)
                .containsPattern(
                        "name=\"uitleg:netChange:A.KCC\"[^>]*>Toelichting van voor de gedeelde sleutel.</textarea>");
    }

    @Test
    void eachErrorAndWarningOnTheAfsluitingLinksToItsFieldOnItsTab() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = withBothChangesOfOneTask(subject);
        Pages.save(participant, PAGE, "B", Map.of("B.CLIENTEN", "veel"));

        String page = participant.get(PAGE + "?deel=afsluiting").body();

        assertThat(page)
                .contains("value=\"B#veld-B.CLIENTEN\"")
                .contains("data-href=\"/aanleveren/2240/wmo?deel=B#veld-B.CLIENTEN\"")
                .contains("value=\"A#veld-A.KCC.loonkosten\"")
                .contains("value=\"A#veld-A.KCC.fte\"");
    }
}
