package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refused workbooks are kept for correcting, but not for ever and not without bound: the clean-up
 * is run with the moment passed in, never by waiting.
 */
@IntegrationTest
class RefusedUploadCleanupIT {

    static final int YEAR = 2057;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RefusedUploadCleanup cleanup;

    @Test
    void keepsARefusedWorkbookWithinTheRetentionOfThirtyDays() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        upload(browser, "fout.xlsx", refused(browser));

        cleanup.removeExpired(OffsetDateTime.now().plusDays(29));

        assertThat(outcomes(subject)).containsExactly("AFGEWEZEN");
        assertThat(browser.getBytes(PAGE + "/werkmap/laatste.xlsx").statusCode())
                .isEqualTo(200);
    }

    @Test
    void deletesARefusedWorkbookOlderThanTheRetentionButKeepsAnAcceptedOne() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        upload(browser, "goed.xlsx", downloaded(browser).set("A.KCC.fte", 2).bytes());
        upload(browser, "fout.xlsx", refused(browser));

        int removed = cleanup.removeExpired(OffsetDateTime.now().plusDays(31));

        assertThat(removed).isPositive();
        assertThat(outcomes(subject)).containsExactly("OVERGENOMEN");
        assertThat(browser.get(PAGE).body()).contains("Laatst geüploade bestand: goed.xlsx");
    }

    @Test
    void keepsOnlyTheNewestFiveRefusedWorkbooksOfAQuestionnaire() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        byte[] refused = refused(browser);
        for (int n = 1; n <= 7; n++) {
            upload(browser, "poging-" + n + ".xlsx", refused);
        }

        assertThat(fileNames(subject))
                .containsExactly("poging-7.xlsx", "poging-6.xlsx", "poging-5.xlsx", "poging-4.xlsx", "poging-3.xlsx");
        assertThat(Pages.auditActions(jdbc, subject.organisationId(), WorkbookUploads.AUDIT_ACTION))
                .isEqualTo(7);
    }

    private HttpResponse<String> upload(UserAgent browser, String fileName, byte[] content) {
        String lock = Pages.lockVersion(browser.get(PAGE).body());
        HttpResponse<String> response =
                browser.postFile(PAGE + "/werkmap", Map.of("lockVersion", lock), "werkmap", fileName, content);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static byte[] refused(UserAgent browser) {
        return downloaded(browser).set("A.KCC.fte", "twee").bytes();
    }

    private static WorkbookFiles downloaded(UserAgent browser) {
        return WorkbookFiles.read(browser.getBytes(PAGE + "/vragenlijst.xlsx").body());
    }

    private List<String> outcomes(Subject subject) {
        return jdbc.sql("SELECT outcome FROM submission_upload WHERE organisation_id = :org ORDER BY id")
                .param("org", subject.organisationId())
                .query(String.class)
                .list();
    }

    private List<String> fileNames(Subject subject) {
        return jdbc.sql("SELECT file_name FROM submission_upload WHERE organisation_id = :org ORDER BY id DESC")
                .param("org", subject.organisationId())
                .query(String.class)
                .list();
    }
}
