package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestMailServer;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new account gets a one-time activation link instead of a password; the link sets the first password. */
@IntegrationTest
class ActivationIT {

    static final int YEAR = 2190;
    static final String PASSWORD = "Herfstige-Wandeling-4821";
    static final String ADMIN_PAGE = "/beheer/gebruikers";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBeheerderCreatesAnOrganisationsFirstOrgAdminWhoActivatesTheAccountAndLogsIn() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        String username = "eerste-" + System.nanoTime();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        String link = createOnAdminPage(beheerder, organisation.organisationId(), username, "");

        UserAgent newcomer = new UserAgent(port);
        HttpResponse<String> form = newcomer.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Voor gebruiker " + username + ".");
        HttpResponse<String> activated = activate(newcomer, link, PASSWORD);
        assertThat(activated.statusCode()).isEqualTo(302);
        assertThat(activated.headers().firstValue("Location").orElseThrow()).endsWith("/login?geactiveerd");
        UserAgent loggedIn = UserAgent.loggedIn(port, username, PASSWORD);
        assertThat(loggedIn.get("/organisatie/gebruikers").statusCode()).isEqualTo(200);
        MaatstafUser created = accounts.find(username).orElseThrow();
        assertThat(created.organisationId()).isEqualTo(organisation.organisationId());
        assertThat(created.isOrgAdmin()).isTrue();
        assertThat(audit.forEntity("app_user", username))
                .extracting(AuditRecord::action)
                .containsExactly("GEBRUIKER_GEACTIVEERD_MET_LINK", "ACTIVERINGSLINK_GEMAAKT", "GEBRUIKER_AANGEMAAKT");
    }

    @Test
    void aNewAccountCannotLogInBeforeItIsActivated() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        String username = "nietactief-" + System.nanoTime();
        createOnAdminPage(UserAgent.loggedIn(port, "beheerder", "demo"), organisation.organisationId(), username, "");

        HttpResponse<String> login =
                new UserAgent(port).from(TestData.newSourceAddress()).login(username, "");

        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?fout");
    }

    @Test
    void anActivationLinkWorksOnlyOnce() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        String username = "tweemaal-" + System.nanoTime();
        String link = createOnAdminPage(
                UserAgent.loggedIn(port, "beheerder", "demo"), organisation.organisationId(), username, "");
        UserAgent newcomer = new UserAgent(port);
        newcomer.get(link);
        activate(newcomer, link, PASSWORD);

        UserAgent other = new UserAgent(port);
        HttpResponse<String> again = other.get(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body())
                .contains("Deze link is al gebruikt, verlopen of vervangen door een nieuwere. Er is niets gewijzigd.");
        HttpResponse<String> secondUse = activate(other, link, "Een-Ander-Wachtwoord-77");
        assertThat(secondUse.statusCode()).isEqualTo(410);
        UserAgent.loggedIn(port, username, PASSWORD);
    }

    @Test
    void anExpiredActivationLinkChangesNothing() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        String username = "verlopen-" + System.nanoTime();
        String link = createOnAdminPage(
                UserAgent.loggedIn(port, "beheerder", "demo"), organisation.organisationId(), username, "");
        long userId = accounts.find(username).orElseThrow().id();
        jdbc.sql("UPDATE account_token SET created_at = created_at - INTERVAL '4' DAY,"
                        + " expires_at = expires_at - INTERVAL '4' DAY WHERE user_id = :id")
                .param("id", userId)
                .update();

        UserAgent newcomer = new UserAgent(port);
        HttpResponse<String> page = newcomer.get(link);
        HttpResponse<String> post = activate(newcomer, link, PASSWORD);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("Deze link is al gebruikt, verlopen of vervangen door een nieuwere.");
        assertThat(post.statusCode()).isEqualTo(410);
        assertThat(passwordHash(userId)).isNull();
    }

    @Test
    void aNewLinkMakesTheOlderOneInvalid() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        String username = "vervangen-" + System.nanoTime();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        String first = createOnAdminPage(beheerder, organisation.organisationId(), username, "");
        long userId = accounts.find(username).orElseThrow().id();

        beheerder.get(ADMIN_PAGE);
        String second = Links.shownOn(beheerder
                .postForm(ADMIN_PAGE + "/" + userId + "/herstellink", Map.of())
                .body());

        assertThat(second).startsWith("/account/activeren/").isNotEqualTo(first);
        assertThat(new UserAgent(port).get(first).statusCode()).isEqualTo(410);
        UserAgent newcomer = new UserAgent(port);
        assertThat(newcomer.get(second).statusCode()).isEqualTo(200);
    }

    @Test
    void activationRefusesAWeakPasswordAtTheFieldAndKeepsTheLink() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        String username = "zwak-" + System.nanoTime();
        String link = createOnAdminPage(
                UserAgent.loggedIn(port, "beheerder", "demo"), organisation.organisationId(), username, "");
        UserAgent newcomer = new UserAgent(port);
        newcomer.get(link);

        HttpResponse<String> refused = activate(newcomer, link, "Welkom123456");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Dit wachtwoord is te gangbaar");
        assertThat(passwordHash(accounts.find(username).orElseThrow().id())).isNull();
        assertThat(activate(newcomer, link, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void activationRefusesTwoDifferentPasswordsAtTheField() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        String username = "ongelijk-" + System.nanoTime();
        String link = createOnAdminPage(
                UserAgent.loggedIn(port, "beheerder", "demo"), organisation.organisationId(), username, "");
        UserAgent newcomer = new UserAgent(port);
        newcomer.get(link);

        HttpResponse<String> refused =
                newcomer.postForm(link, Map.of("password", PASSWORD, "repeatedPassword", PASSWORD + "x"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("De twee nieuwe wachtwoorden zijn niet gelijk.");
    }

    @Test
    void theActivationLinkIsMailedToTheNewAccountsAddress() throws Exception {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        String username = "gemaild-" + System.nanoTime();
        String address = username + "@gemeente.test";
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        String shown = createOnAdminPage(beheerder, organisation.organisationId(), username, address);

        assertThat(TestMailServer.to(address)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Uw account voor Maatstaf");
            assertThat(Links.inText(TestMailServer.body(mail))).isEqualTo(shown);
        });
        assertThat(beheerder.get(ADMIN_PAGE).body()).doesNotContain("handout-link");
        UserAgent newcomer = new UserAgent(port);
        newcomer.get(shown);
        assertThat(activate(newcomer, shown, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void thePageSaysTheLinkWasMailedOnlyWhenItWas() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        String withAddress = "metadres-" + System.nanoTime();
        beheerder.get(ADMIN_PAGE);
        String mailedPage = beheerder
                .postForm(
                        ADMIN_PAGE, newUser(organisation.organisationId(), withAddress, withAddress + "@gemeente.test"))
                .body();
        String without = "zonderadres-" + System.nanoTime();
        String notMailedPage = beheerder
                .postForm(ADMIN_PAGE, newUser(organisation.organisationId(), without, ""))
                .body();

        assertThat(mailedPage).contains("De link is ook per e-mail verstuurd.");
        assertThat(notMailedPage).contains("De link is niet gemaild");
    }

    @Test
    void theBeheerderCreatesABeheerderAccountWithoutOrganisation() {
        String username = "beheerder-" + System.nanoTime();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(ADMIN_PAGE);
        HttpResponse<String> created = beheerder.postForm(
                ADMIN_PAGE,
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Tweede beheerder",
                        "email",
                        "",
                        "role",
                        "BEHEERDER",
                        "organisationId",
                        ""));
        String link = Links.shownOn(created.body());
        UserAgent newcomer = new UserAgent(port);
        newcomer.get(link);
        activate(newcomer, link, PASSWORD);

        assertThat(UserAgent.loggedIn(port, username, PASSWORD)
                        .get("/beheer/gebruikers")
                        .statusCode())
                .isEqualTo(200);
        assertThat(accounts.find(username).orElseThrow().organisationId()).isNull();
    }

    @Test
    void theBeheerderPageRefusesAnUnknownOrganisationAtTheField() {
        String username = "onbekend-" + System.nanoTime();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(ADMIN_PAGE);

        HttpResponse<String> refused = beheerder.postForm(ADMIN_PAGE, newUser(987654321L, username, ""));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Deze organisatie bestaat niet.");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void theBeheerderPageRefusesATakenUsernameAndABadAddressAtTheFields() {
        TestData.Subject organisation = testData.newOrganisation(YEAR);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(ADMIN_PAGE);

        HttpResponse<String> taken =
                beheerder.postForm(ADMIN_PAGE, newUser(organisation.organisationId(), "lezer", ""));
        HttpResponse<String> badAddress = beheerder.postForm(
                ADMIN_PAGE, newUser(organisation.organisationId(), "adres-" + System.nanoTime(), "geen-adres"));

        assertThat(taken.body()).contains("Deze gebruikersnaam is al in gebruik.");
        assertThat(badAddress.body())
                .contains("Vul een geldig e-mailadres in van ten hoogste 254 tekens, of laat het veld leeg.");
    }

    /** Creates a deelnemer with the org-admin right on the beheerder's page; answers the link's path. */
    private String createOnAdminPage(UserAgent beheerder, long organisationId, String username, String email) {
        beheerder.get(ADMIN_PAGE);
        HttpResponse<String> created = beheerder.postForm(ADMIN_PAGE, newUser(organisationId, username, email));
        assertThat(created.statusCode()).isEqualTo(200);
        String page = created.body();
        assertThat(page).contains("Activeringslink voor " + username);
        return Links.shownOn(page);
    }

    private static Map<String, String> newUser(long organisationId, String username, String email) {
        return Map.of(
                "username",
                username,
                "displayName",
                "Nieuwe org-admin",
                "email",
                email,
                "role",
                "DEELNEMER",
                "orgAdmin",
                "true",
                "organisationId",
                Long.toString(organisationId));
    }

    static HttpResponse<String> activate(UserAgent agent, String link, String password) {
        return agent.postForm(link, Map.of("password", password, "repeatedPassword", password));
    }

    private String passwordHash(long userId) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
                .param("id", userId)
                .query((rs, row) -> rs.getString(1))
                .list()
                .get(0);
    }
}
