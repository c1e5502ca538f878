package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal API tokens: made on the page or over the API, used as Bearer, refused when they should be. */
@IntegrationTest
class ApiTokensIT {

    static final int YEAR = 2250;
    static final String PAGE = "/account/api-tokens";
    private static final Pattern TOKEN = Pattern.compile("mst_[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTokenMadeOnThePageIsShownOnceAndOnlyItsHmacIsStored() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        browser.get(PAGE);

        HttpResponse<String> made =
                browser.postForm(PAGE, Map.of("name", "Nachtelijke export", "scope", "READ", "validityDays", "30"));

        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.body()).contains("Het token &quot;Nachtelijke export&quot; is gemaakt:");
        String token = tokenOn(made.body());
        HttpResponse<String> again = browser.get(PAGE);
        assertThat(again.body()).doesNotContain(token).contains(token.substring(0, 12), "Nachtelijke export");
        Map<String, Object> row = jdbc.sql("SELECT t.* FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE u.username = :username")
                .param("username", username)
                .query()
                .singleRow();
        assertThat(row.values())
                .noneSatisfy(value -> assertThat(String.valueOf(value)).contains(token));
        assertThat(row.get("prefix")).isEqualTo(token.substring(0, 12));
        assertThat(row.get("scope")).isEqualTo("READ");
        String storedHash = (String) row.get("token_hash");
        assertThat(storedHash).hasSize(64).isNotEqualTo(sha256(token));
        OffsetDateTime created = jdbc.sql("SELECT created_at FROM api_token WHERE token_hash = :h")
                .param("h", storedHash)
                .query(OffsetDateTime.class)
                .single();
        OffsetDateTime expires = jdbc.sql("SELECT expires_at FROM api_token WHERE token_hash = :h")
                .param("h", storedHash)
                .query(OffsetDateTime.class)
                .single();
        assertThat(java.time.Duration.between(created, expires)).hasDays(30);
    }

    @Test
    void theApiAnswersACallWithATokenAsItsUser() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String token = makeOnPage(username, "READ");

        HttpResponse<String> me = bearer("GET", "/api/v1/me", token, null);

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(me.body());
        assertThat(body.get("username").asText()).isEqualTo(username);
        assertThat(body.get("roles").get(0).asText()).isEqualTo("DEELNEMER");
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE prefix = :p")
                        .param("p", token.substring(0, 12))
                        .query(OffsetDateTime.class)
                        .single())
                .isNotNull();
    }

    @Test
    void aReadTokenIsRefusedOnAChangingMethodWithADutchProblem() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        makeOrgAdmin(subject);
        String token = makeOnPage(subject.deelnemer(), "READ");

        HttpResponse<String> put = bearer(
                "PUT",
                "/api/v1/organisations/" + subject.organisationId() + "/users/" + subject.lezer(),
                token,
                "{\"roles\": [\"DEELNEMER\"], \"orgAdmin\": false, \"active\": true, \"version\": 0}");

        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(json.readTree(put.body()).get("detail").asText())
                .isEqualTo("Dit token mag alleen lezen: gebruik voor wijzigingen een token met WRITE.");
        assertThat(accounts.find(subject.lezer()).orElseThrow().role()).isEqualTo(Role.LEZER);
        assertThat(jdbc.sql("SELECT username FROM access_denial WHERE method = 'PUT' AND path = :path")
                        .param(
                                "path",
                                "/api/v1/organisations/" + subject.organisationId() + "/users/" + subject.lezer())
                        .query(String.class)
                        .list())
                .containsExactly(subject.deelnemer());
    }

    @Test
    void aWriteTokenMayChangeWhatTheRoleAllows() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        makeOrgAdmin(subject);
        String token = makeOnPage(subject.deelnemer(), "WRITE");

        HttpResponse<String> put = bearer(
                "PUT",
                "/api/v1/organisations/" + subject.organisationId() + "/users/" + subject.lezer(),
                token,
                "{\"roles\": [\"DEELNEMER\"], \"orgAdmin\": false, \"active\": true, \"version\": 0}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(accounts.find(subject.lezer()).orElseThrow().role()).isEqualTo(Role.DEELNEMER);
    }

    @Test
    void anExpiredTokenIsRefusedWithABearerChallenge() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String token = makeOnPage(username, "READ");
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2);
        jdbc.sql("UPDATE api_token SET created_at = :created, expires_at = :expires WHERE prefix = :p")
                .param("created", past.minusDays(1))
                .param("expires", past)
                .param("p", token.substring(0, 12))
                .update();

        HttpResponse<String> me = bearer("GET", "/api/v1/me", token, null);

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(json.readTree(me.body()).get("detail").asText())
                .isEqualTo("Dit API-token is verlopen. Maak een nieuw token op de pagina API-tokens.");
    }

    @Test
    void aTokenRevokedOnThePageStopsWorking() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        browser.get(PAGE);
        String token = tokenOn(browser.postForm(PAGE, Map.of("name", "Weg", "scope", "READ", "validityDays", "90"))
                .body());
        long id = idOf(token);

        HttpResponse<String> revoke = browser.postForm(PAGE + "/" + id + "/intrekken", Map.of());

        assertThat(revoke.statusCode()).isEqualTo(302);
        assertThat(browser.get(PAGE).body()).contains("Het token &quot;Weg&quot; is ingetrokken en werkt niet meer.");
        HttpResponse<String> me = bearer("GET", "/api/v1/me", token, null);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(json.readTree(me.body()).get("detail").asText())
                .isEqualTo("Dit API-token is ingetrokken. Maak een nieuw token op de pagina API-tokens.");
    }

    @Test
    void anUnknownTokenIsRefusedAndCountedAsAFailedLoginOfItsAddress() throws Exception {
        String address = TestData.newSourceAddress();

        HttpResponse<String> me = bearer("GET", "/api/v1/me", "mst_" + "x".repeat(43), null, address);

        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(json.readTree(me.body()).get("detail").asText())
                .isEqualTo("Dit API-token is onbekend. Maak een nieuw token op de pagina API-tokens.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE source_address = :a AND channel = 'API'")
                        .param("a", address)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void unknownTokensFromOneAddressAreThrottledLikePasswordGuesses() throws Exception {
        String address = TestData.newSourceAddress();
        for (int i = 0; i < 30; i++) {
            assertThat(bearer("GET", "/api/v1/me", "mst_guess" + i, null, address)
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> throttled = bearer("GET", "/api/v1/me", "mst_guess-more", null, address);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theTokensOfADeactivatedUserStopWorking() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String token = makeOnPage(subject.lezer(), "READ");
        assertThat(bearer("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);

        HttpResponse<String> deactivate = changeAsBeheerder(subject, subject.lezer(), "LEZER", false, false);
        assertThat(deactivate.statusCode()).isEqualTo(200);

        HttpResponse<String> me = bearer("GET", "/api/v1/me", token, null);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(json.readTree(me.body()).get("detail").asText())
                .isEqualTo("Het account van dit API-token is gedeactiveerd.");
    }

    @Test
    void aRoleChangeCountsAtOnceForATokenInUse() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String token = makeOnPage(subject.lezer(), "READ");

        changeAsBeheerder(subject, subject.lezer(), "DEELNEMER", false, true);

        JsonNode me = json.readTree(bearer("GET", "/api/v1/me", token, null).body());
        assertThat(me.get("roles").get(0).asText()).isEqualTo("DEELNEMER");
    }

    @Test
    void aBeheerderWithTwoFactorLoginUsesTheApiWithATokenWhileBasicStaysRefused() throws Exception {
        String username = "beheerder-token-" + System.nanoTime();
        accounts.create(
                new UserAccounts.NewAccount(username, TestData.PASSWORD, "Beheerder", Role.BEHEERDER, null, false));
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        String secret =
                TotpCodes.secretOn(browser.get("/account/tweestapsverificatie").body());
        assertThat(browser.postForm("/account/tweestapsverificatie/aan", Map.of("code", TotpCodes.code(secret, 0)))
                        .statusCode())
                .isEqualTo(302);
        browser.get(PAGE);
        String token =
                tokenOn(browser.postForm(PAGE, Map.of("name", "Beheerscript", "scope", "WRITE", "validityDays", "7"))
                        .body());

        HttpResponse<String> basic = new UserAgent(port)
                .from(TestData.newSourceAddress())
                .api("GET", "/api/v1/me", username, TestData.PASSWORD, null);
        HttpResponse<String> withToken = bearer("GET", "/api/v1/me", token, null);

        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(withToken.statusCode()).isEqualTo(200);
        JsonNode me = json.readTree(withToken.body());
        assertThat(me.get("roles").get(0).asText()).isEqualTo("BEHEERDER");
        assertThat(me.get("twoFactor").asBoolean()).isTrue();
    }

    @Test
    void theTokenApiMakesListsAndRevokesTheCallersTokens() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();
        UserAgent client = new UserAgent(port).from(TestData.newSourceAddress());

        HttpResponse<String> created = client.api(
                "POST",
                "/api/v1/me/tokens",
                username,
                TestData.PASSWORD,
                "{\"name\": \"Export\", \"scope\": \"WRITE\", \"validityDays\": 10}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode document = json.readTree(created.body());
        String token = document.get("token").asText();
        assertThat(token).matches(TOKEN);
        long id = document.get("details").get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/me/tokens/" + id);
        assertThat(document.get("details").get("scope").asText()).isEqualTo("WRITE");
        assertThat(document.get("details").get("state").asText()).isEqualTo("ACTIVE");

        JsonNode list =
                json.readTree(bearer("GET", "/api/v1/me/tokens", token, null).body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("prefix").asText()).isEqualTo(token.substring(0, 12));
        assertThat(list.get(0).has("token")).isFalse();

        HttpResponse<String> deleted = bearer("DELETE", "/api/v1/me/tokens/" + id, token, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(bearer("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(401);
        JsonNode after = json.readTree(client.api("GET", "/api/v1/me/tokens/" + id, username, TestData.PASSWORD, null)
                .body());
        assertThat(after.get("state").asText()).isEqualTo("REVOKED");
    }

    @Test
    void aTokenMadeWithATokenExpiresNoLaterThanThatToken() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String first = makeOnPage(username, "WRITE", "5");

        HttpResponse<String> created = bearer(
                "POST",
                "/api/v1/me/tokens",
                first,
                "{\"name\": \"Langer\", \"scope\": \"READ\", \"validityDays\": 365}");

        assertThat(created.statusCode()).isEqualTo(201);
        Instant second = Instant.parse(
                json.readTree(created.body()).get("details").get("expiresAt").asText());
        Instant firstExpires = jdbc.sql("SELECT expires_at FROM api_token WHERE prefix = :p")
                .param("p", first.substring(0, 12))
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        assertThat(second).isEqualTo(firstExpires);
    }

    @Test
    void theTokenApiRefusesInvalidFieldsWithDutchMessagesAndStoresNothing() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();

        HttpResponse<String> refused = new UserAgent(port)
                .from(TestData.newSourceAddress())
                .api(
                        "POST",
                        "/api/v1/me/tokens",
                        username,
                        TestData.PASSWORD,
                        "{\"name\": \" \", \"scope\": \"ALL\", \"validityDays\": 400}");

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("detail").asText())
                .isEqualTo("Er is geen token gemaakt: verbeter de gemarkeerde velden.");
        assertThat(problem.get("errors").get("name").asText())
                .isEqualTo("Geef het token een naam, zodat u het later herkent.");
        assertThat(problem.get("errors").get("scope").asText())
                .isEqualTo("Kies alleen lezen (READ) of lezen en wijzigen (WRITE).");
        assertThat(problem.get("errors").get("validityDays").asText())
                .isEqualTo("Geef een geldigheid van 1 tot en met 365 dagen.");
        assertThat(tokensOf(username)).isZero();
    }

    @Test
    void thePageShowsFieldMessagesForAnInvalidTokenAndStoresNothing() {
        String username = testData.newOrganisation(YEAR).deelnemer();
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        browser.get(PAGE);

        HttpResponse<String> refused =
                browser.postForm(PAGE, Map.of("name", "Te lang geldig", "scope", "READ", "validityDays", "1000"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Er is geen token gemaakt: verbeter de gemarkeerde velden.")
                .contains("Geef een geldigheid van 1 tot en met 365 dagen.");
        assertThat(tokensOf(username)).isZero();
    }

    @Test
    void anotherUsersTokenIsNotFoundOnTheTokenApiAndStaysActive() throws Exception {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String others = makeOnPage(subject.deelnemer(), "READ");
        String mine = makeOnPage(subject.lezer(), "WRITE");

        HttpResponse<String> delete = bearer("DELETE", "/api/v1/me/tokens/" + idOf(others), mine, null);

        assertThat(delete.statusCode()).isEqualTo(404);
        assertThat(json.readTree(delete.body()).get("detail").asText()).isEqualTo("Dit token bestaat niet (meer).");
        assertThat(bearer("GET", "/api/v1/me", others, null).statusCode()).isEqualTo(200);
    }

    @Test
    void makingAndRevokingATokenIsAuditedWithoutTheToken() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String token = makeOnPage(username, "READ");
        long id = idOf(token);
        assertThat(bearer("DELETE", "/api/v1/me/tokens/" + id, makeOnPage(username, "WRITE"), null)
                        .statusCode())
                .isEqualTo(204);

        List<AuditRecord> records = audit.forEntity("api_token", Long.toString(id));

        assertThat(records)
                .extracting(AuditRecord::action)
                .containsExactly("API_TOKEN_INGETROKKEN", "API_TOKEN_AANGEMAAKT");
        assertThat(records).allSatisfy(record -> assertThat(record.username()).isEqualTo(username));
        assertThat(records)
                .allSatisfy(record -> assertThat(String.valueOf(record.newValue()))
                        .contains(token.substring(0, 12))
                        .doesNotContain(token));
    }

    @Test
    void theBeheerderSeesEveryonesTokensAndRevokesThem() throws Exception {
        String username = testData.newOrganisation(YEAR).deelnemer();
        String token = makeOnPage(username, "READ");
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        HttpResponse<String> page = beheerder.get("/beheer/api-tokens");
        assertThat(page.body()).contains(username, token.substring(0, 12));
        HttpResponse<String> revoke = beheerder.postForm("/beheer/api-tokens/" + idOf(token) + "/intrekken", Map.of());

        assertThat(revoke.statusCode()).isEqualTo(302);
        assertThat(bearer("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(401);
        assertThat(audit.forEntity("api_token", Long.toString(idOf(token))))
                .anySatisfy(record -> assertThat(record.username()).isEqualTo("beheerder"));
    }

    @Test
    void theAdministrationPageIsForBeheerdersOnly() {
        UserAgent deelnemer =
                UserAgent.loggedIn(port, testData.newOrganisation(YEAR).deelnemer(), TestData.PASSWORD);

        assertThat(deelnemer.get("/beheer/api-tokens").statusCode()).isEqualTo(403);
    }

    @Test
    void theUserBoxLinksToTheTokensPage() {
        UserAgent lezer =
                UserAgent.loggedIn(port, testData.newOrganisation(YEAR).lezer(), TestData.PASSWORD);

        assertThat(lezer.get("/").body()).contains("href=\"/account/api-tokens\"", ">API-tokens</a>");
    }

    @Test
    void theOpenApiDocumentDescribesBearerTokensNextToBasic() throws Exception {
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/openapi"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode schemes = json.readTree(document.body()).get("components").get("securitySchemes");
        assertThat(schemes.get("bearerAuth").get("type").asText()).isEqualTo("http");
        assertThat(schemes.get("bearerAuth").get("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.get("basicAuth").get("scheme").asText()).isEqualTo("basic");
        assertThat(json.readTree(document.body()).get("paths").has("/api/v1/me/tokens/{id}"))
                .isTrue();
    }

    private String makeOnPage(String username, String scope) {
        return makeOnPage(username, scope, "90");
    }

    private String makeOnPage(String username, String scope, String days) {
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        browser.get(PAGE);
        HttpResponse<String> made =
                browser.postForm(PAGE, Map.of("name", "Script " + scope, "scope", scope, "validityDays", days));
        assertThat(made.statusCode()).isEqualTo(200);
        return tokenOn(made.body());
    }

    private static String tokenOn(String html) {
        Matcher matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).as("a token on the page").isTrue();
        return matcher.group();
    }

    private long idOf(String token) {
        return jdbc.sql("SELECT id FROM api_token WHERE prefix = :p")
                .param("p", token.substring(0, 12))
                .query(Long.class)
                .single();
    }

    private int tokensOf(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", username)
                .query(Integer.class)
                .single();
    }

    private void makeOrgAdmin(TestData.Subject subject) throws Exception {
        assertThat(changeAsBeheerder(subject, subject.deelnemer(), "DEELNEMER", true, true)
                        .statusCode())
                .isEqualTo(200);
    }

    /** Changes an account's role and active state as the demo beheerder does over the API. */
    private HttpResponse<String> changeAsBeheerder(
            TestData.Subject subject, String username, String role, boolean orgAdmin, boolean active)
            throws IOException {
        UserAgent beheerder = new UserAgent(port).from(TestData.newSourceAddress());
        String path = "/api/v1/organisations/" + subject.organisationId() + "/users/" + username;
        long version = json.readTree(
                        beheerder.api("GET", path, "beheerder", "demo", null).body())
                .get("version")
                .asLong();
        return beheerder.api(
                "PUT",
                path,
                "beheerder",
                "demo",
                "{\"roles\": [\"" + role + "\"], \"orgAdmin\": " + orgAdmin + ", \"active\": " + active
                        + ", \"version\": " + version + "}");
    }

    private HttpResponse<String> bearer(String method, String path, String token, String body) throws Exception {
        return bearer(method, path, token, body, TestData.newSourceAddress());
    }

    private HttpResponse<String> bearer(String method, String path, String token, String body, String address)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
