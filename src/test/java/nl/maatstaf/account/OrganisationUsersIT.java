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

@IntegrationTest
class OrganisationUsersIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestData testData;

    @Autowired
    AuditLog audit;

    @Test
    void letsAnOrgAdminCreateAUserOfItsOwnOrganisation() {
        UserAgent agent = UserAgent.loggedIn(port, "deelnemer", "demo");
        agent.get("/organisatie/gebruikers");

        HttpResponse<String> response = agent.postForm(
                "/organisatie/gebruikers",
                Map.of(
                        "username", "collega-mer",
                        "displayName", "Collega MER",
                        "role", "LEZER",
                        "password", "een-lang-wachtwoord"));

        assertThat(response.statusCode()).isEqualTo(302);
        MaatstafUser created = accounts.find("collega-mer").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.LEZER);
        assertThat(created.organisationId())
                .isEqualTo(accounts.find("deelnemer").orElseThrow().organisationId());
    }

    @Test
    void ignoresAnOrganisationSmuggledIntoTheForm() {
        TestData.Subject other = testData.newOrganisation(2030);
        UserAgent agent = UserAgent.loggedIn(port, "deelnemer", "demo");
        agent.get("/organisatie/gebruikers");

        agent.postForm(
                "/organisatie/gebruikers",
                Map.of(
                        "username", "smokkel",
                        "displayName", "Smokkel",
                        "role", "DEELNEMER",
                        "organisationId", String.valueOf(other.organisationId()),
                        "password", "een-lang-wachtwoord"));

        assertThat(accounts.find("smokkel").orElseThrow().organisationId()).isNotEqualTo(other.organisationId());
    }

    @Test
    void refusesAShortPasswordAtTheField() {
        UserAgent agent = UserAgent.loggedIn(port, "deelnemer", "demo");
        agent.get("/organisatie/gebruikers");

        HttpResponse<String> response = agent.postForm(
                "/organisatie/gebruikers",
                Map.of("username", "kortwachtwoord", "displayName", "Kort", "role", "LEZER", "password", "kort"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ten minste 12 en ten hoogste 72 tekens");
        assertThat(accounts.find("kortwachtwoord")).isEmpty();
    }

    @Test
    void refusesAPasswordLongerThanTheHashCanHoldAtTheField() {
        UserAgent agent = UserAgent.loggedIn(port, "deelnemer", "demo");
        agent.get("/organisatie/gebruikers");

        HttpResponse<String> response = agent.postForm(
                "/organisatie/gebruikers",
                Map.of(
                        "username",
                        "langwachtwoord",
                        "displayName",
                        "Lang",
                        "role",
                        "LEZER",
                        "password",
                        "é".repeat(40)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ten hoogste 72 tekens");
        assertThat(accounts.find("langwachtwoord")).isEmpty();
    }

    @Test
    void refusesACommonPasswordAtTheField() {
        HttpResponse<String> response = createLezer("gangbaar-" + System.nanoTime(), "Welkom123456");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Dit wachtwoord is te gangbaar");
    }

    @Test
    void refusesAPasswordThatContainsTheUsernameAtTheField() {
        String username = "jbakker" + (System.nanoTime() % 1000);
        HttpResponse<String> response = createLezer(username, "Mijn-" + username.toUpperCase() + "-sleutel");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Het wachtwoord mag de gebruikersnaam niet bevatten.");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void refusesAPasswordOfOneRepeatedCharacterAtTheField() {
        HttpResponse<String> response = createLezer("herhaald-" + System.nanoTime(), "zzzzzzzzzzzzzzzz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("te eenvoudig");
    }

    @Test
    void refusesASimpleSequenceAtTheField() {
        HttpResponse<String> response = createLezer("reeks-" + System.nanoTime(), "abcdefghijklmnop");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("te eenvoudig");
    }

    @Test
    void auditsTheRoleAndTheUserManagementRightOfANewUser() {
        UserAgent agent = UserAgent.loggedIn(port, "deelnemer", "demo");
        agent.get("/organisatie/gebruikers");
        String username = "nieuwe-beheerder-" + System.nanoTime();

        agent.postForm(
                "/organisatie/gebruikers",
                Map.of(
                        "username", username,
                        "displayName", "Nieuwe beheerder",
                        "role", "DEELNEMER",
                        "orgAdmin", "true",
                        "password", "een-lang-wachtwoord"));

        assertThat(audit.forEntity("app_user", username)).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo("GEBRUIKER_AANGEMAAKT");
            assertThat(record.field()).isEqualTo("role,org_admin");
            assertThat(record.newValue()).isEqualTo("DEELNEMER,true");
        });
    }

    private HttpResponse<String> createLezer(String username, String password) {
        UserAgent agent = UserAgent.loggedIn(port, "deelnemer", "demo");
        agent.get("/organisatie/gebruikers");
        return agent.postForm(
                "/organisatie/gebruikers",
                Map.of("username", username, "displayName", "Test", "role", "LEZER", "password", password));
    }

    @Test
    void refusesTheUserPagesToSomeoneWhoIsNoOrgAdmin() {
        assertThat(UserAgent.loggedIn(port, "lezer", "demo")
                        .get("/organisatie/gebruikers")
                        .statusCode())
                .isEqualTo(403);
    }
}
