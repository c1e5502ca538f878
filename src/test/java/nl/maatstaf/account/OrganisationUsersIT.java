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

/** An org-admin manages its own organisation's accounts: create with a link, rights, deactivation, reset links. */
@IntegrationTest
class OrganisationUsersIT {

    static final int YEAR = 2191;
    static final String PAGE = "/organisatie/gebruikers";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestData testData;

    @Autowired
    AuditLog audit;

    @Test
    void anOrgAdminCreatesAUserOfItsOwnOrganisationWithAnActivationLink() {
        Admin admin = newAdmin();
        String username = "collega-" + System.nanoTime();
        UserAgent browser = admin.browser();

        HttpResponse<String> created = browser.postForm(PAGE, newUser(username, "LEZER"));

        assertThat(created.statusCode()).isEqualTo(200);
        String link = Links.shownOn(created.body());
        assertThat(link).startsWith("/account/activeren/");
        MaatstafUser user = accounts.find(username).orElseThrow();
        assertThat(user.role()).isEqualTo(Role.LEZER);
        assertThat(user.organisationId()).isEqualTo(admin.organisationId());
        UserAgent newcomer = new UserAgent(port);
        newcomer.get(link);
        ActivationIT.activate(newcomer, link, ActivationIT.PASSWORD);
        UserAgent.loggedIn(port, username, ActivationIT.PASSWORD);
    }

    @Test
    void ignoresAnOrganisationSmuggledIntoTheForm() {
        Admin admin = newAdmin();
        TestData.Subject other = testData.newOrganisation(YEAR);
        String username = "smokkel-" + System.nanoTime();
        Map<String, String> form = new java.util.HashMap<>(newUser(username, "DEELNEMER"));
        form.put("organisationId", Long.toString(other.organisationId()));

        admin.browser().postForm(PAGE, form);

        assertThat(accounts.find(username).orElseThrow().organisationId()).isEqualTo(admin.organisationId());
    }

    @Test
    void anOrgAdminCannotCreateABeheerder() {
        Admin admin = newAdmin();
        String username = "geen-beheerder-" + System.nanoTime();

        HttpResponse<String> refused = admin.browser().postForm(PAGE, newUser(username, "BEHEERDER"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Kies de rol deelnemer of lezer.");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void theUserManagementRightNeedsTheDeelnemerRole() {
        Admin admin = newAdmin();
        String username = "lezer-beheer-" + System.nanoTime();
        Map<String, String> form = new java.util.HashMap<>(newUser(username, "LEZER"));
        form.put("orgAdmin", "true");

        HttpResponse<String> refused = admin.browser().postForm(PAGE, form);

        assertThat(refused.body()).contains("Alleen een deelnemer kan de gebruikers van de organisatie beheren.");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void anOrgAdminChangesTheRoleOfItsUserAndTheChangeIsAudited() {
        Admin admin = newAdmin();
        UserRow deelnemer = row(admin, admin.subject().deelnemer());
        UserAgent elsewhere = UserAgent.loggedIn(port, admin.subject().deelnemer(), TestData.PASSWORD);

        HttpResponse<String> changed = admin.browser()
                .postForm(PAGE + "/" + deelnemer.id(), access("LEZER", false, true, deelnemer.lockVersion()));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(accounts.find(deelnemer.username()).orElseThrow().role()).isEqualTo(Role.LEZER);
        assertThat(audit.forEntity("app_user", deelnemer.username())).anySatisfy(record -> {
            assertThat(record.action()).isEqualTo("ROL_GEWIJZIGD");
            assertThat(record.field()).isEqualTo("role");
            assertThat(record.oldValue()).isEqualTo("DEELNEMER");
            assertThat(record.newValue()).isEqualTo("LEZER");
        });
        assertThat(elsewhere.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aChangeFromAnOutdatedPageIsRefusedWithoutOverwriting() {
        Admin admin = newAdmin();
        UserRow lezer = row(admin, admin.subject().lezer());
        admin.browser().postForm(PAGE + "/" + lezer.id(), access("DEELNEMER", false, true, lezer.lockVersion()));
        admin.browser().get(PAGE);

        admin.browser().postForm(PAGE + "/" + lezer.id(), access("LEZER", false, false, lezer.lockVersion()));

        assertThat(admin.browser().get(PAGE).body())
                .contains("Niet opgeslagen: iemand anders heeft deze gebruiker intussen gewijzigd.");
        MaatstafUser stored = accounts.find(lezer.username()).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.DEELNEMER);
        assertThat(stored.isEnabled()).isTrue();
    }

    @Test
    void deactivatingAUserBlocksItsLoginsAndEndsItsSession() {
        Admin admin = newAdmin();
        String lezerName = admin.subject().lezer();
        UserRow lezer = row(admin, lezerName);
        UserAgent session = UserAgent.loggedIn(port, lezerName, TestData.PASSWORD);
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        admin.browser().postForm(PAGE + "/" + lezer.id(), access("LEZER", false, false, lezer.lockVersion()));

        assertThat(session.get("/").statusCode()).isEqualTo(302);
        assertThat(new UserAgent(port)
                        .from(TestData.newSourceAddress())
                        .login(lezerName, TestData.PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/login?fout");
        assertThat(new UserAgent(port)
                        .from(TestData.newSourceAddress())
                        .api("GET", "/api/v1/me", lezerName, TestData.PASSWORD, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(audit.forEntity("app_user", lezerName))
                .anySatisfy(record -> assertThat(record.action()).isEqualTo("GEBRUIKER_GEDEACTIVEERD"));
    }

    @Test
    void aReactivatedUserLogsInAgain() {
        Admin admin = newAdmin();
        UserRow lezer = row(admin, admin.subject().lezer());
        admin.browser().postForm(PAGE + "/" + lezer.id(), access("LEZER", false, false, lezer.lockVersion()));

        admin.browser().postForm(PAGE + "/" + lezer.id(), access("LEZER", false, true, lezer.lockVersion() + 1));

        UserAgent.loggedIn(port, lezer.username(), TestData.PASSWORD);
    }

    @Test
    void anOrgAdminCannotTouchAnotherOrganisationsUser() {
        Admin admin = newAdmin();
        TestData.Subject other = testData.newOrganisation(YEAR);
        MaatstafUser stranger = accounts.find(other.deelnemer()).orElseThrow();

        HttpResponse<String> change =
                admin.browser().postForm(PAGE + "/" + stranger.id(), access("LEZER", false, false, 0));
        HttpResponse<String> link = admin.browser().postForm(PAGE + "/" + stranger.id() + "/herstellink", Map.of());

        assertThat(change.statusCode()).isEqualTo(404);
        assertThat(link.statusCode()).isEqualTo(404);
        MaatstafUser unchanged = accounts.find(other.deelnemer()).orElseThrow();
        assertThat(unchanged.role()).isEqualTo(Role.DEELNEMER);
        assertThat(unchanged.isEnabled()).isTrue();
    }

    @Test
    void theLastOrgAdminCannotDeactivateOrDemoteItself() {
        Admin admin = newAdmin();
        UserRow self = row(admin, admin.username());

        admin.browser().postForm(PAGE + "/" + self.id(), access("DEELNEMER", false, true, self.lockVersion()));
        String demoted = admin.browser().get(PAGE).body();
        admin.browser().postForm(PAGE + "/" + self.id(), access("DEELNEMER", true, false, self.lockVersion()));
        String deactivated = admin.browser().get(PAGE).body();

        String message = "Niet opgeslagen: dit is de laatste actieve gebruiker die de gebruikers van de organisatie"
                + " beheert. Geef eerst een ander dat recht.";
        assertThat(demoted).contains(message);
        assertThat(deactivated).contains(message);
        MaatstafUser stored = accounts.find(admin.username()).orElseThrow();
        assertThat(stored.isOrgAdmin()).isTrue();
        assertThat(stored.isEnabled()).isTrue();
    }

    @Test
    void anOrgAdminMakesAResetLinkThatSetsANewPassword() {
        Admin admin = newAdmin();
        UserRow lezer = row(admin, admin.subject().lezer());

        String page = admin.browser()
                .postForm(PAGE + "/" + lezer.id() + "/herstellink", Map.of())
                .body();

        assertThat(page).contains("Herstellink voor " + lezer.username());
        String link = Links.shownOn(page);
        assertThat(link).startsWith("/account/herstellen/");
        UserAgent holder = new UserAgent(port);
        holder.get(link);
        assertThat(ActivationIT.activate(holder, link, ActivationIT.PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/login?hersteld");
        UserAgent.loggedIn(port, lezer.username(), ActivationIT.PASSWORD);
    }

    @Test
    void refusesTheUserPagesToSomeoneWhoIsNoOrgAdmin() {
        assertThat(UserAgent.loggedIn(port, "lezer", "demo")
                        .get("/organisatie/gebruikers")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void refusesTheBeheerderUsersPageToAnOrgAdmin() {
        assertThat(newAdmin().browser().get("/beheer/gebruikers").statusCode()).isEqualTo(403);
    }

    private Admin newAdmin() {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String username = "orgadmin-" + subject.organisationId() + "-" + System.nanoTime();
        accounts.create(new UserAccounts.NewAccount(
                username, TestData.PASSWORD, "Org-admin", Role.DEELNEMER, subject.organisationId(), true));
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        browser.get(PAGE);
        return new Admin(subject, username, browser);
    }

    @Autowired
    UserRows rows;

    private UserRow row(Admin admin, String username) {
        return rows.findByUsername(username).orElseThrow();
    }

    private static Map<String, String> newUser(String username, String role) {
        return Map.of("username", username, "displayName", "Collega", "email", "", "role", role);
    }

    private static Map<String, String> access(String role, boolean orgAdmin, boolean active, int version) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("role", role);
        if (orgAdmin) {
            form.put("orgAdmin", "true");
        }
        if (active) {
            form.put("active", "true");
        }
        form.put("version", Integer.toString(version));
        return form;
    }

    record Admin(TestData.Subject subject, String username, UserAgent browser) {
        long organisationId() {
            return subject.organisationId();
        }
    }
}
