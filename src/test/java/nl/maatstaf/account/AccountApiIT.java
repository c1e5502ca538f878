package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/v1/me and the users of an organisation over the API. */
@IntegrationTest
class AccountApiIT {

    static final int YEAR = 2194;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    UserAccounts accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ObjectMapper json;

    @Test
    void meAnswersADeelnemerWithItsOrganisation() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        Organisation organisation = organisations.find(subject.organisationId()).orElseThrow();

        JsonNode me = json.readTree(
                api("GET", "/api/v1/me", subject.deelnemer(), null).body());

        assertThat(me.get("username").asText()).isEqualTo(subject.deelnemer());
        assertThat(me.get("roles").toString()).isEqualTo("[\"DEELNEMER\"]");
        assertThat(me.get("orgAdmin").asBoolean()).isFalse();
        assertThat(me.get("organisation").get("id").asLong()).isEqualTo(subject.organisationId());
        assertThat(me.get("organisation").get("code").asText()).isEqualTo(organisation.code());
        assertThat(me.get("organisation").get("name").asText()).isEqualTo(subject.name());
    }

    @Test
    void meAnswersALezer() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);

        JsonNode me =
                json.readTree(api("GET", "/api/v1/me", subject.lezer(), null).body());

        assertThat(me.get("roles").toString()).isEqualTo("[\"LEZER\"]");
        assertThat(me.get("organisation").get("id").asLong()).isEqualTo(subject.organisationId());
    }

    @Test
    void meAnswersTheDemoOrgAdmin() throws Exception {
        JsonNode me = json.readTree(new UserAgent(port)
                .api("GET", "/api/v1/me", "deelnemer", "demo", null)
                .body());

        assertThat(me.get("orgAdmin").asBoolean()).isTrue();
        assertThat(me.get("organisation").get("name").asText()).isEqualTo("Servicecentrum MER");
    }

    @Test
    void meAnswersABeheerderWithoutOrganisation() throws Exception {
        HttpResponse<String> response = new UserAgent(port).api("GET", "/api/v1/me", "beheerder", "demo", null);

        JsonNode me = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(me.get("roles").toString()).isEqualTo("[\"BEHEERDER\"]");
        assertThat(me.get("organisation").isNull()).isTrue();
    }

    @Test
    void theBeheerderCreatesAnOrgAdminThroughTheApiWhoActivatesAndLogsIn() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String username = "api-eerste-" + System.nanoTime();

        HttpResponse<String> created = beheerder(
                "POST",
                users(subject.organisationId()),
                "{\"username\": \"" + username + "\", \"displayName\": \"Eerste gebruiker\", \"email\": \"" + username
                        + "@gemeente.test\", \"roles\": [\"DEELNEMER\"], \"orgAdmin\": true}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("expiresAt").asText()).isNotBlank();
        assertThat(body.get("mailed").asBoolean()).isTrue();
        assertThat(body.get("user").get("activated").asBoolean()).isFalse();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(users(subject.organisationId()) + "/" + username);
        assertThat(json.readTree(beheerder("GET", users(subject.organisationId()) + "/" + username, null)
                                .body())
                        .get("displayName")
                        .asText())
                .isEqualTo("Eerste gebruiker");
        String link = Links.path(body.get("activationLink").asText());
        UserAgent newcomer = new UserAgent(port);
        newcomer.get(link);
        ActivationIT.activate(newcomer, link, ActivationIT.PASSWORD);
        JsonNode me = json.readTree(new UserAgent(port)
                .api("GET", "/api/v1/me", username, ActivationIT.PASSWORD, null)
                .body());
        assertThat(me.get("orgAdmin").asBoolean()).isTrue();
        assertThat(me.get("organisation").get("id").asLong()).isEqualTo(subject.organisationId());
    }

    @Test
    void aTakenUsernameIsRefusedWith409() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> refused = beheerder(
                "POST",
                users(subject.organisationId()),
                "{\"username\": \"lezer\", \"displayName\": \"Dubbel\", \"roles\": [\"LEZER\"]}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).get("errors").get("username").asText())
                .isEqualTo("Deze gebruikersnaam is al in gebruik.");
    }

    @Test
    void invalidFieldsAreRefusedWith422AndNothingIsStored() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String username = "api-ongeldig-" + System.nanoTime();

        HttpResponse<String> refused = beheerder(
                "POST",
                users(subject.organisationId()),
                "{\"username\": \"" + username + "\", \"displayName\": \" \", \"email\": \"geen-adres\","
                        + " \"roles\": [\"LEZER\", \"DEELNEMER\"]}");

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors.get("displayName").asText()).isEqualTo("Vul een naam in van ten hoogste 150 tekens.");
        assertThat(errors.get("email").asText())
                .isEqualTo("Vul een geldig e-mailadres in van ten hoogste 254 tekens, of laat het veld leeg.");
        assertThat(errors.get("roles").asText()).isEqualTo("Geef precies één rol: DEELNEMER of LEZER.");
        assertThat(accounts.find(username)).isEmpty();
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        HttpResponse<String> refused = beheerder("GET", users(987654321L), null);

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("Deze organisatie bestaat niet.");
    }

    @Test
    void anOrgAdminListsItsOwnUsersButNotAnotherOrganisations() throws Exception {
        TestData.Subject own = testData.newOrganisation(YEAR);
        TestData.Subject other = testData.newOrganisation(YEAR);
        String admin = "api-orgadmin-" + System.nanoTime();
        accounts.create(new UserAccounts.NewAccount(
                admin, TestData.PASSWORD, "Org-admin", Role.DEELNEMER, own.organisationId(), true));

        HttpResponse<String> list = api("GET", users(own.organisationId()), admin, null);
        HttpResponse<String> foreign = api("GET", users(other.organisationId()), admin, null);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body()).findValuesAsText("username"))
                .containsExactlyInAnyOrder(admin, own.deelnemer(), own.lezer());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("U mag de gebruikers van deze organisatie niet beheren.");
    }

    @Test
    void someoneWhoIsNoOrgAdminMayNotListTheUsers() {
        TestData.Subject subject = testData.newOrganisation(YEAR);

        assertThat(api("GET", users(subject.organisationId()), subject.deelnemer(), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("GET", users(subject.organisationId()), subject.lezer(), null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theBeheerderChangesRightsAndDeactivatesThroughTheApi() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String path = users(subject.organisationId()) + "/" + subject.deelnemer();

        HttpResponse<String> changed = beheerder(
                "PUT", path, "{\"roles\": [\"LEZER\"], \"orgAdmin\": false, \"active\": false, \"version\": 0}");
        HttpResponse<String> stale = beheerder(
                "PUT", path, "{\"roles\": [\"DEELNEMER\"], \"orgAdmin\": false, \"active\": true, \"version\": 0}");

        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode user = json.readTree(changed.body());
        assertThat(user.get("roles").toString()).isEqualTo("[\"LEZER\"]");
        assertThat(user.get("active").asBoolean()).isFalse();
        assertThat(user.get("version").asInt()).isEqualTo(1);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("iemand anders heeft deze gebruiker intussen gewijzigd");
        MaatstafUser stored = accounts.find(subject.deelnemer()).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.LEZER);
        assertThat(stored.isEnabled()).isFalse();
    }

    @Test
    void anOrgAdminCannotChangeAnotherOrganisationsUserThroughTheApi() {
        TestData.Subject own = testData.newOrganisation(YEAR);
        TestData.Subject other = testData.newOrganisation(YEAR);
        String admin = "api-orgadmin-" + System.nanoTime();
        accounts.create(new UserAccounts.NewAccount(
                admin, TestData.PASSWORD, "Org-admin", Role.DEELNEMER, own.organisationId(), true));

        HttpResponse<String> viaOther = api(
                "PUT",
                users(other.organisationId()) + "/" + other.deelnemer(),
                admin,
                "{\"roles\": [\"LEZER\"], \"orgAdmin\": false, \"active\": false, \"version\": 0}");
        HttpResponse<String> viaOwn = api(
                "PUT",
                users(own.organisationId()) + "/" + other.deelnemer(),
                admin,
                "{\"roles\": [\"LEZER\"], \"orgAdmin\": false, \"active\": false, \"version\": 0}");

        assertThat(viaOther.statusCode()).isEqualTo(403);
        assertThat(viaOwn.statusCode()).isEqualTo(404);
        assertThat(accounts.find(other.deelnemer()).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void theBeheerderMakesAResetLinkThroughTheApi() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> response =
                beheerder("POST", users(subject.organisationId()) + "/" + subject.lezer() + "/reset-link", null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode link = json.readTree(response.body());
        assertThat(link.get("purpose").asText()).isEqualTo("RESET");
        String path = Links.path(link.get("link").asText());
        UserAgent holder = new UserAgent(port);
        holder.get(path);
        ActivationIT.activate(holder, path, ActivationIT.PASSWORD);
        UserAgent.loggedIn(port, subject.lezer(), ActivationIT.PASSWORD);
    }

    @Test
    void theApiPathsAreInTheOpenApiDocument() {
        String document = new UserAgent(port).get("/api/openapi").body();

        assertThat(document)
                .contains(
                        "/api/v1/me",
                        "/api/v1/organisations/{orgId}/users",
                        "/api/v1/organisations/{orgId}/users/{username}/reset-link");
    }

    private static String users(long organisationId) {
        return "/api/v1/organisations/" + organisationId + "/users";
    }

    private HttpResponse<String> beheerder(String method, String path, String body) {
        return new UserAgent(port).api(method, path, "beheerder", "demo", body);
    }

    private HttpResponse<String> api(String method, String path, String username, String body) {
        return new UserAgent(port).api(method, path, username, TestData.PASSWORD, body);
    }
}
