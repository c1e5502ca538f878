package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two-factor login with real TOTP codes, computed here from the secret the enrolment page shows. */
@IntegrationTest
class TwoFactorIT {

    static final int YEAR = 2193;
    static final String PAGE = "/account/tweestapsverificatie";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TwoFactorPolicy policy;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    AuditLog audit;

    @Test
    void enrolmentWithARealCodeTurnsItOnAndTheNextLoginAsksForACode() {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String secret = enrol(username);

        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        HttpResponse<String> password = browser.login(username, TestData.PASSWORD);
        assertThat(password.headers().firstValue("Location").orElseThrow()).endsWith("/login/code");
        assertThat(browser.get("/login/code").body()).contains("Vul de code van zes cijfers in");
        HttpResponse<String> code = browser.postForm("/login/code", Map.of("code", TotpCodes.code(secret, 1)));

        assertThat(code.statusCode()).isEqualTo(302);
        assertThat(code.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(audit.forEntity("app_user", username))
                .anySatisfy(record -> assertThat(record.action()).isEqualTo("TWEESTAPSVERIFICATIE_AAN"));
    }

    @Test
    void aWrongCodeIsRefusedAndCountedAsAFailedLogin() {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String secret = enrol(username);
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        browser.login(username, TestData.PASSWORD);
        browser.get("/login/code");

        HttpResponse<String> wrong = browser.postForm("/login/code", Map.of("code", wrongCode(secret)));

        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Deze code klopt niet of is al gebruikt.");
        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow())
                .endsWith("/login/code");
        assertThat(attempts.recent(200))
                .anySatisfy(failure -> assertThat(failure.username()).isEqualTo(username));
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String secret = enrol(username);
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        browser.login(username, TestData.PASSWORD);
        browser.get("/login/code");
        for (int i = 0; i < 5; i++) {
            browser.postForm("/login/code", Map.of("code", wrongCode(secret)));
        }

        HttpResponse<String> locked = browser.postForm("/login/code", Map.of("code", TotpCodes.code(secret, 1)));

        assertThat(locked.body()).contains("Te veel mislukte pogingen. Probeer het over enkele minuten opnieuw.");
        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow())
                .endsWith("/login/code");
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String secret = enrol(username);
        String code = TotpCodes.code(secret, 1);
        UserAgent first = new UserAgent(port).from(TestData.newSourceAddress());
        first.login(username, TestData.PASSWORD);
        first.get("/login/code");
        assertThat(first.postForm("/login/code", Map.of("code", code)).statusCode())
                .isEqualTo(302);

        UserAgent second = new UserAgent(port).from(TestData.newSourceAddress());
        second.login(username, TestData.PASSWORD);
        second.get("/login/code");
        HttpResponse<String> reused = second.postForm("/login/code", Map.of("code", code));

        assertThat(reused.statusCode()).isEqualTo(200);
        assertThat(reused.body()).contains("Deze code klopt niet of is al gebruikt.");
    }

    @Test
    void halfwayThroughTheLoginNoOtherPageIsReachable() {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String username = subject.deelnemer();
        enrol(username);
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        browser.login(username, TestData.PASSWORD);

        for (String path :
                new String[] {"/", "/account/wachtwoord", PAGE, "/beheer/status", "/organisatie/gebruikers"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as(path)
                    .endsWith("/login/code");
        }
    }

    @Test
    void theCodePageIsNotForSomeoneFullyLoggedIn() {
        UserAgent browser =
                UserAgent.loggedIn(port, testData.newOrganisation(YEAR).lezer(), TestData.PASSWORD);

        assertThat(browser.get("/login/code").statusCode()).isEqualTo(403);
    }

    @Test
    void enrolmentRefusesAWrongCodeAndStaysOff() {
        String username = testData.newOrganisation(YEAR).deelnemer();
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        String secret = TotpCodes.secretOn(browser.get(PAGE).body());

        HttpResponse<String> refused = browser.postForm(PAGE + "/aan", Map.of("code", wrongCode(secret)));

        assertThat(refused.body()).contains("Deze code klopt niet of is al gebruikt. Er is niets gewijzigd.");
        assertThat(accounts.find(username).orElseThrow().hasTwoFactor()).isFalse();
    }

    @Test
    void twoFactorLoginIsTurnedOffWithACode() {
        String username = testData.newOrganisation(YEAR).deelnemer();
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        String secret = TotpCodes.secretOn(browser.get(PAGE).body());
        browser.postForm(PAGE + "/aan", Map.of("code", TotpCodes.code(secret, 0)));
        browser.get(PAGE);

        browser.postForm(PAGE + "/uit", Map.of("code", TotpCodes.code(secret, 1)));

        assertThat(browser.get(PAGE).body()).contains("Tweestapsverificatie staat uit.");
        assertThat(accounts.find(username).orElseThrow().hasTwoFactor()).isFalse();
        assertThat(audit.forEntity("app_user", username))
                .anySatisfy(record -> assertThat(record.action()).isEqualTo("TWEESTAPSVERIFICATIE_UIT"));
        UserAgent.loggedIn(port, username, TestData.PASSWORD);
    }

    @Test
    void aBeheerderWithoutTwoFactorLoginIsSentToEnrolmentWhenItIsRequired() {
        String username = "beheerder-2fa-" + System.nanoTime();
        accounts.create(
                new UserAccounts.NewAccount(username, TestData.PASSWORD, "Beheerder", Role.BEHEERDER, null, false));
        policy.requireForBeheerders(true);
        try {
            UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
            HttpResponse<String> login = browser.login(username, TestData.PASSWORD);
            assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
            assertThat(browser.get("/beheer/status")
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .endsWith(PAGE);
            assertThat(browser.get("/").headers().firstValue("Location").orElseThrow())
                    .endsWith(PAGE);
            HttpResponse<String> page = browser.get(PAGE);
            assertThat(page.body()).contains("Voor beheerders is tweestapsverificatie verplicht.");
            HttpResponse<String> api = new UserAgent(port)
                    .from(TestData.newSourceAddress())
                    .api("GET", "/api/v1/me", username, TestData.PASSWORD, null);
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.body()).contains("Voor beheerders is tweestapsverificatie verplicht");

            String secret = TotpCodes.secretOn(page.body());
            browser.postForm(PAGE + "/aan", Map.of("code", TotpCodes.code(secret, 0)));

            assertThat(browser.get("/beheer/status").statusCode()).isEqualTo(200);
        } finally {
            policy.requireForBeheerders(false);
        }
    }

    @Test
    void theApiRefusesAPasswordAloneForAnAccountWithTwoFactorLogin() {
        String username = testData.newOrganisation(YEAR).deelnemer();
        enrol(username);

        HttpResponse<String> response = new UserAgent(port)
                .from(TestData.newSourceAddress())
                .api("GET", "/api/v1/me", username, TestData.PASSWORD, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(response.body())
                .contains("Dit account logt in met tweestapsverificatie; de API met alleen een wachtwoord is daarvoor"
                        + " niet beschikbaar.");
    }

    @Test
    void theEnrolmentPageShowsAnAddressForAuthenticatorApps() {
        String username = testData.newOrganisation(YEAR).lezer();
        String body =
                UserAgent.loggedIn(port, username, TestData.PASSWORD).get(PAGE).body();

        assertThat(body).contains("otpauth://totp/Maatstaf:" + username + "?secret=" + TotpCodes.secretOn(body));
    }

    @Test
    void theMenuLinksTheUserPagesAndTwoFactorLogin() {
        String beheerder =
                UserAgent.loggedIn(port, "beheerder", "demo").get("/").body();
        String lezer = UserAgent.loggedIn(port, "lezer", "demo").get("/").body();

        assertThat(beheerder).contains("href=\"/beheer/gebruikers\"", "href=\"/account/tweestapsverificatie\"");
        assertThat(lezer)
                .contains("href=\"/account/tweestapsverificatie\"")
                .doesNotContain("href=\"/beheer/gebruikers\"");
    }

    /** Turns two-factor login on for the account as its user would; answers the secret. */
    private String enrol(String username) {
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        String secret = TotpCodes.secretOn(browser.get(PAGE).body());
        HttpResponse<String> on = browser.postForm(PAGE + "/aan", Map.of("code", TotpCodes.code(secret, 0)));
        assertThat(on.statusCode()).isEqualTo(302);
        assertThat(browser.get(PAGE).body()).contains("Tweestapsverificatie staat aan");
        return secret;
    }

    /** A code of none of the steps around now. */
    private static String wrongCode(String secret) {
        String candidate = "000000";
        for (int i = 0; i < 10; i++) {
            candidate = String.format("%06d", (Integer.parseInt(candidate) + 137_911) % 1_000_000);
            if (!candidate.equals(TotpCodes.code(secret, -1))
                    && !candidate.equals(TotpCodes.code(secret, 0))
                    && !candidate.equals(TotpCodes.code(secret, 1))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No wrong code found");
    }
}
