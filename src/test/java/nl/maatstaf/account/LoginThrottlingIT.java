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

/**
 * Password guessing is slowed down per account and per source address, on the login form and on
 * the API alike (five failures per account, thirty per address, in fifteen minutes).
 */
@IntegrationTest
class LoginThrottlingIT {

    static final int YEAR = 2082;
    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 30;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Test
    void refusesEvenTheRightPasswordOnTheFormAfterFiveWrongOnes() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        for (int i = 0; i < ACCOUNT_LIMIT; i++) {
            assertThat(location(browser.login(subject.deelnemer(), "fout-" + i)))
                    .endsWith("/login?fout");
        }

        HttpResponse<String> locked = browser.login(subject.deelnemer(), TestData.PASSWORD);

        assertThat(location(locked)).endsWith("/login?teveel");
        assertThat(browser.get("/login?teveel").body())
                .contains("Te veel mislukte inlogpogingen")
                .containsPattern("Probeer het na \\d{2}:\\d{2} opnieuw");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void saysTheSameAboutAnAccountThatDoesNotExist() {
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        String unknown = "bestaat-niet-" + System.nanoTime();
        for (int i = 0; i < ACCOUNT_LIMIT; i++) {
            browser.login(unknown, "fout-" + i);
        }

        assertThat(location(browser.login(unknown, "nog-een-poging"))).endsWith("/login?teveel");
    }

    @Test
    void locksTheAccountForTheApiAfterFiveWrongPasswordsWithADutchProblemAndRetryAfter() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent client = new UserAgent(port).from(TestData.newSourceAddress());
        for (int i = 0; i < ACCOUNT_LIMIT; i++) {
            assertThat(client.api("GET", catalog(), subject.deelnemer(), "fout-" + i, null)
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> locked = client.api("GET", catalog(), subject.deelnemer(), TestData.PASSWORD, null);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(locked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
        assertThat(locked.body()).contains("\"status\":429", "Te veel inlogpogingen", "Te veel mislukte inlogpogingen");
    }

    @Test
    void countsFailuresOnTheFormAndTheApiTogether() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        for (int i = 0; i < ACCOUNT_LIMIT; i++) {
            browser.login(subject.lezer(), "fout-" + i);
        }

        assertThat(browser.api("GET", catalog(), subject.lezer(), TestData.PASSWORD, null)
                        .statusCode())
                .isEqualTo(429);
    }

    @Test
    void forgetsEarlierFailuresOfAnAccountAfterASuccessfulLogin() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = new UserAgent(port).from(TestData.newSourceAddress());
        for (int i = 0; i < ACCOUNT_LIMIT - 1; i++) {
            browser.login(subject.deelnemer(), "fout-" + i);
        }
        assertThat(location(browser.login(subject.deelnemer(), TestData.PASSWORD)))
                .doesNotContain("fout", "teveel");

        UserAgent again = new UserAgent(port).from(TestData.newSourceAddress());
        for (int i = 0; i < ACCOUNT_LIMIT - 1; i++) {
            again.login(subject.deelnemer(), "weer-fout-" + i);
        }

        assertThat(location(again.login(subject.deelnemer(), TestData.PASSWORD)))
                .doesNotContain("fout", "teveel");
    }

    @Test
    void locksASourceAddressThatTriesManyAccountsButNotTheAccountsElsewhere() {
        Subject subject = testData.newOrganisation(YEAR);
        String address = TestData.newSourceAddress();
        UserAgent guesser = new UserAgent(port).from(address);
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            guesser.login("gok-" + i + "-" + System.nanoTime(), "fout");
        }

        assertThat(location(new UserAgent(port).from(address).login(subject.deelnemer(), TestData.PASSWORD)))
                .endsWith("/login?teveel");
        assertThat(new UserAgent(port)
                        .from(address)
                        .api("GET", catalog(), subject.deelnemer(), TestData.PASSWORD, null)
                        .statusCode())
                .isEqualTo(429);
        assertThat(location(new UserAgent(port)
                        .from(TestData.newSourceAddress())
                        .login(subject.deelnemer(), TestData.PASSWORD)))
                .doesNotContain("fout", "teveel");
    }

    private static String catalog() {
        return "/api/v1/catalog/" + YEAR + "/participatie";
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
