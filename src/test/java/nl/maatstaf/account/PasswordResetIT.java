package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestMailServer;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Wachtwoord vergeten": a mailed reset link, the same answer for every request, and a limit per hour. */
@IntegrationTest
class PasswordResetIT {

    static final int YEAR = 2192;
    static final String FORGOT = "/account/wachtwoord-vergeten";
    static final String ANSWER =
            "Als er een account met een e-mailadres bij hoort, is er een e-mail met een" + " herstellink onderweg.";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void theLoginPageLinksToTheForgottenPasswordPage() {
        assertThat(new UserAgent(port).get("/login").body()).contains("href=\"" + FORGOT + "\"");
    }

    @Test
    void aForgottenPasswordIsResetWithTheMailedLink() throws Exception {
        Account account = accountWithAddress();
        UserAgent visitor = new UserAgent(port).from(TestData.newSourceAddress());

        HttpResponse<String> requested = request(visitor, account.username());

        assertThat(requested.statusCode()).isEqualTo(302);
        assertThat(visitor.get(FORGOT).body()).contains(ANSWER);
        var mails = TestMailServer.to(account.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Nieuw wachtwoord voor Maatstaf");
        String link = Links.inText(TestMailServer.body(mails.get(0)));
        assertThat(link).startsWith("/account/herstellen/");
        UserAgent holder = new UserAgent(port);
        holder.get(link);
        assertThat(ActivationIT.activate(holder, link, ActivationIT.PASSWORD).statusCode())
                .isEqualTo(302);
        UserAgent.loggedIn(port, account.username(), ActivationIT.PASSWORD);
        assertThat(new UserAgent(port).get(link).statusCode()).isEqualTo(410);
        assertThat(audit.forEntity("app_user", account.username()))
                .extracting(r -> r.action())
                .containsExactly("WACHTWOORD_HERSTELD", "HERSTEL_AANGEVRAAGD");
    }

    @Test
    void theAccountsEmailAddressAlsoFindsIt() {
        Account account = accountWithAddress();

        request(
                new UserAgent(port).from(TestData.newSourceAddress()),
                account.email().toUpperCase());

        assertThat(TestMailServer.to(account.email())).hasSize(1);
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerAndNoMailIsSent() {
        UserAgent visitor = new UserAgent(port).from(TestData.newSourceAddress());
        String unknown = "niemand-" + System.nanoTime() + "@gemeente.test";

        HttpResponse<String> requested = request(visitor, unknown);

        assertThat(requested.statusCode()).isEqualTo(302);
        assertThat(visitor.get(FORGOT).body()).contains(ANSWER);
        assertThat(TestMailServer.to(unknown)).isEmpty();
    }

    @Test
    void resetRequestsForOneAccountAreLimitedToThreeAnHour() {
        Account account = accountWithAddress();

        for (int i = 0; i < 5; i++) {
            request(new UserAgent(port).from(TestData.newSourceAddress()), account.username());
        }

        assertThat(TestMailServer.to(account.email())).hasSize(3);
    }

    @Test
    void aResetLinkLeavesThePasswordAsItWasUntilItIsUsed() {
        Account account = accountWithAddress();

        request(new UserAgent(port).from(TestData.newSourceAddress()), account.username());

        UserAgent.loggedIn(port, account.username(), TestData.PASSWORD);
    }

    private HttpResponse<String> request(UserAgent visitor, String account) {
        visitor.get(FORGOT);
        return visitor.postForm(FORGOT, Map.of("account", account));
    }

    private Account accountWithAddress() {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String email = subject.deelnemer() + "@gemeente.test";
        jdbc.sql("UPDATE app_user SET email = :email WHERE username = :username")
                .param("email", email)
                .param("username", subject.deelnemer())
                .update();
        return new Account(subject.deelnemer(), email);
    }

    record Account(String username, String email) {}
}
