package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The beheerder sees failed logins, current lockouts and refused requests on one page. */
@IntegrationTest
class SecurityRecordsIT {

    static final int YEAR = 2083;
    static final String PAGE = "/beheer/aanmeldingen";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Test
    void listsAFailedFormLoginWithTheTypedNameAndAddressButNeverThePassword() {
        String address = TestData.newSourceAddress();
        String typed = "typfout-" + System.nanoTime();
        new UserAgent(port).from(address).login(typed, "Geheim-Raadsel-8712");

        String page = beheerder().get(PAGE).body();

        assertThat(page).contains(typed, address, "Inlogformulier").doesNotContain("Geheim-Raadsel-8712");
    }

    @Test
    void labelsAFailedApiLoginAsSuch() {
        String address = TestData.newSourceAddress();
        String typed = "api-typfout-" + System.nanoTime();
        new UserAgent(port).from(address).api("GET", "/api/v1/catalog/" + YEAR + "/wmo", typed, "fout", null);

        String page = beheerder().get(PAGE).body();

        assertThat(rowOf(page, typed)).contains(address, "API");
    }

    @Test
    void shortensAndCleansAnOverlongOrStrangeUsername() {
        String marker = "lang" + System.nanoTime();
        String typed = marker + "<script>\u0007" + "x".repeat(300);
        new UserAgent(port).from(TestData.newSourceAddress()).login(typed, "fout");

        String page = beheerder().get(PAGE).body();

        assertThat(page).contains(marker + "&lt;script&gt;?" + "x".repeat(100 - marker.length() - 9));
        assertThat(page).doesNotContain(marker + "<script>", "x".repeat(101));
    }

    @Test
    void showsTheNewestFailureFirst() {
        String first = "eerste-" + System.nanoTime();
        String second = "tweede-" + System.nanoTime();
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        browser.login(first, "fout");
        browser.login(second, "fout");

        String page = beheerder().get(PAGE).body();

        assertThat(page.indexOf(second)).isPositive().isLessThan(page.indexOf(first));
    }

    @Test
    void listsALockedAccountAmongTheCurrentLockouts() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        for (int i = 0; i < 5; i++) {
            browser.login(subject.lezer(), "fout-" + i);
        }

        String page = beheerder().get(PAGE).body();

        String lockouts = page.substring(page.indexOf("Huidige blokkades"), page.indexOf("Mislukte aanmeldingen"));
        assertThat(lockouts).contains(subject.lezer());
    }

    @Test
    void recordsAParticipantRefusedABeheerderPage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        assertThat(participant.get("/beheer/status").statusCode()).isEqualTo(403);

        String page = beheerder().get(PAGE).body();

        assertThat(rowOf(page, subject.deelnemer())).contains("GET", "/beheer/status");
    }

    @Test
    void recordsAParticipantRefusedAnotherOrganisationsResultsThroughTheApi() {
        Subject subject = testData.newOrganisation(YEAR);
        Subject other = testData.newOrganisation(YEAR);
        String path = "/api/v1/organisations/" + other.organisationId() + "/results/" + YEAR + "/wmo";
        HttpResponse<String> refused =
                new UserAgent(port).api("GET", path, subject.deelnemer(), TestData.PASSWORD, null);
        assertThat(refused.statusCode()).isEqualTo(403);

        String page = beheerder().get(PAGE).body();

        assertThat(rowOf(page, subject.deelnemer())).contains(path);
    }

    @Test
    void recordsAParticipantRefusedAnotherOrganisationsResultsPage() {
        Subject subject = testData.newOrganisation(YEAR);
        Subject other = testData.newOrganisation(YEAR);
        String path = "/resultaten/" + YEAR + "/wmo";
        HttpResponse<String> refused = UserAgent.loggedIn(port, subject.lezer(), TestData.PASSWORD)
                .get(path + "?organisatie=" + other.organisationId());
        assertThat(refused.statusCode()).isEqualTo(403);

        String page = beheerder().get(PAGE).body();

        assertThat(rowOf(page, subject.lezer())).contains(path);
    }

    @Test
    void refusesThePageToAParticipant() {
        assertThat(UserAgent.loggedIn(port, "deelnemer", "demo").get(PAGE).statusCode())
                .isEqualTo(403);
    }

    @Test
    void linksThePageFromTheBeheerdersNavigation() {
        assertThat(beheerder().get("/").body()).contains("href=\"" + PAGE + "\"");
    }

    private UserAgent beheerder() {
        return UserAgent.loggedIn(port, "beheerder", "demo");
    }

    /** The table row that names the given text. */
    private static String rowOf(String page, String text) {
        int at = page.indexOf(text);
        assertThat(at).as("page names " + text).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }
}
