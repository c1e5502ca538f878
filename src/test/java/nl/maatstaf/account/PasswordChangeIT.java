package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every user changes their own password with the current one, under the password policy. */
@IntegrationTest
class PasswordChangeIT {

    static final int YEAR = 2084;
    static final String PAGE = "/account/wachtwoord";
    static final String NEW_PASSWORD = "Zomerse-Regenbui-3917";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    AuditLog audit;

    @Test
    void changesTheOwnPasswordSoOnlyTheNewOneLogsIn() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = UserAgent.loggedIn(port, subject.lezer(), TestData.PASSWORD);
        browser.get(PAGE);

        HttpResponse<String> changed = change(browser, TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(browser.get(PAGE).body()).contains("Uw wachtwoord is gewijzigd.");
        UserAgent.loggedIn(port, subject.lezer(), NEW_PASSWORD);
        assertThat(new UserAgent(port)
                        .from(TestData.newSourceAddress())
                        .login(subject.lezer(), TestData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?fout"));
    }

    @Test
    void refusesAWrongCurrentPasswordAtTheField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        browser.get(PAGE);

        HttpResponse<String> refused = change(browser, "niet-het-goede", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Het huidige wachtwoord klopt niet.");
        UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
    }

    @Test
    void refusesTwoDifferentNewPasswordsAtTheField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        browser.get(PAGE);

        HttpResponse<String> refused = change(browser, TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("De twee nieuwe wachtwoorden zijn niet gelijk.");
    }

    @Test
    void refusesACommonNewPasswordAtTheField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        browser.get(PAGE);

        HttpResponse<String> refused = change(browser, TestData.PASSWORD, "Wachtwoord2024!", "Wachtwoord2024!");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Dit wachtwoord is te gangbaar");
        UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
    }

    @Test
    void auditsTheChangeWithoutAnyPassword() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        browser.get(PAGE);

        change(browser, TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(audit.forEntity("app_user", subject.deelnemer()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.action()).isEqualTo("WACHTWOORD_GEWIJZIGD");
                    assertThat(record.username()).isEqualTo(subject.deelnemer());
                    assertThat(record.organisationId()).isEqualTo(subject.organisationId());
                    assertThat(values(record)).doesNotContain(NEW_PASSWORD, TestData.PASSWORD);
                });
    }

    @Test
    void endsTheUsersOtherSessionsButKeepsTheOneThatChangedIt() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent elsewhere = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        assertThat(elsewhere.get("/").statusCode()).isEqualTo(200);
        UserAgent browser = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        browser.get(PAGE);

        change(browser, TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(elsewhere.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void linksThePageFromTheUserMenu() {
        assertThat(UserAgent.loggedIn(port, "lezer", "demo").get("/").body()).contains("href=\"" + PAGE + "\"");
    }

    private static HttpResponse<String> change(UserAgent browser, String current, String next, String repeated) {
        return browser.postForm(
                PAGE, Map.of("currentPassword", current, "newPassword", next, "repeatedPassword", repeated));
    }

    private static String values(AuditRecord record) {
        return record.entityKey() + "|" + record.field() + "|" + record.oldValue() + "|" + record.newValue();
    }
}
