package nl.maatstaf.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.maatstaf.testsupport.GeneratedBytes;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlatformIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> response = new UserAgent(port).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void refusesAWrongPasswordWithADutchMessage() {
        UserAgent agent = new UserAgent(port);
        HttpResponse<String> response = agent.login("deelnemer", "fout-wachtwoord");
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("fout"));

        assertThat(agent.get("/login?fout").body()).contains("gebruikersnaam en wachtwoord is onjuist");
    }

    @Test
    void showsTheParticipantItsOrganisationAndModulesWithTheirThreeEntries() {
        String home =
                UserAgent.loggedIn(port, "deelnemer", "demo").get("/?jaar=2025").body();

        assertThat(home)
                .contains(
                        "Servicecentrum MER",
                        "CBS-gemeentelijst 2019",
                        "Participatie",
                        "Wmo",
                        "Jeugd",
                        "Schuldhulpverlening");
        assertThat(home).contains("/toelichting/2025/participatie", "/aanleveren/2025/wmo", "/resultaten/2025/jeugd");
    }

    @Test
    void keepsTheSessionInTheDatabase() {
        UserAgent.loggedIn(port, "lezer", "demo").get("/");

        Integer sessions = jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'lezer'")
                .query(Integer.class)
                .single();
        assertThat(sessions).isPositive();
    }

    @Test
    void endsTheSessionOnLogout() {
        UserAgent agent = UserAgent.loggedIn(port, "lezer", "demo");
        agent.get("/");

        HttpResponse<String> logout = agent.postForm("/logout", Map.of());

        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("uitgelogd"));
        assertThat(agent.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesALoginPostWithoutCsrfToken() {
        HttpResponse<String> response =
                new UserAgent(port).postFormWithoutToken("/login", Map.of("username", "deelnemer", "password", "demo"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesATenMegabyteFormPostWithAClearDutchMessage() {
        UserAgent agent = UserAgent.loggedIn(port, "deelnemer", "demo");
        agent.get("/");
        byte[] body = ("_csrf=" + agent.csrfToken() + "&remarks=" + "x".repeat(10 * 1024 * 1024))
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response =
                agent.postRaw("/aanleveren/2025/participatie", "application/x-www-form-urlencoded", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("te groot").doesNotContain("Exception");
    }

    @Test
    void refusesATenMegabyteFormPostSentChunkedWithAClearDutchMessage() {
        UserAgent agent = UserAgent.loggedIn(port, "deelnemer", "demo");
        agent.get("/");
        byte[] head = ("_csrf=" + agent.csrfToken() + "&remarks=").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = agent.postRawChunked(
                "/aanleveren/2025/participatie",
                "application/x-www-form-urlencoded",
                () -> new SequenceInputStream(new ByteArrayInputStream(head), GeneratedBytes.of(10L * 1024 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("te groot (maximaal 2 MB)").doesNotContain("Exception");
    }

    @Test
    void refusesAChunkedApiBodyAboveTwoMegabytesWithAProblemDocument() {
        HttpResponse<String> response = new UserAgent(port)
                .apiChunked(
                        "PUT",
                        "/api/v1/organisations/1/submissions/2025/wmo",
                        "deelnemer",
                        "demo",
                        "application/json",
                        () -> new SequenceInputStream(
                                new ByteArrayInputStream("{\"remarks\": \"".getBytes(StandardCharsets.UTF_8)),
                                GeneratedBytes.of(3L * 1024 * 1024)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("te groot (maximaal 2 MB)");
    }

    @Test
    void answersAnUnknownPageWithADutchNotFoundPage() {
        HttpResponse<String> response =
                UserAgent.loggedIn(port, "deelnemer", "demo").get("/toelichting/2025/bestaat-niet");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("bestaan niet").doesNotContain("Exception", "at nl.maatstaf");
    }

    @Test
    void explainsEveryModuleOnItsToelichtingPage() {
        UserAgent agent = UserAgent.loggedIn(port, "lezer", "demo");
        for (String slug : new String[] {"participatie", "wmo", "jeugd", "schuldhulpverlening"}) {
            HttpResponse<String> page = agent.get("/toelichting/2025/" + slug);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Rekenregels", "Kosten taken belegd bij derden", "ten minste 5 organisaties");
        }
    }

    @Test
    void theToelichtingSaysWhichChangeAgainstLastYearAsksForAnExplanation() {
        String page = UserAgent.loggedIn(port, "lezer", "demo")
                .get("/toelichting/2025/wmo")
                .body();

        assertThat(page)
                .contains("meer dan 50% is en ook ten minste 0,5 fte (netto formatie van een taak), € 25.000 (netto"
                        + " kosten van een taak) of 10 (hoofdfactor) bedraagt");
    }

    @Test
    void listsIndicatorsFinanceItemsAndDerivedIndicatorsWithTheirDefinitions() {
        String page = UserAgent.loggedIn(port, "lezer", "demo")
                .get("/toelichting/2025/wmo")
                .body();

        assertThat(page)
                .contains(
                        "Gecontracteerde aanbieders",
                        "Budget peiljaar",
                        "Aandeel taken belegd bij derden in de totale kosten");
    }

    @Test
    void switchesToEnglishOnRequest() {
        String page = UserAgent.loggedIn(port, "lezer", "demo")
                .get("/toelichting/2025/participatie?lang=en")
                .body();

        assertThat(page).contains("Calculation rules", "General assistance benefits");
    }

    @Test
    void answersAnApiClientWithAProblemDocumentInDutch() {
        HttpResponse<String> response =
                new UserAgent(port).api("GET", "/api/v1/bestaat-niet", "deelnemer", "demo", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"detail\"", "bestaan niet").doesNotContain("Exception");
    }

    @Test
    void refusesTheApiWithoutCredentials() {
        HttpResponse<String> response = new UserAgent(port).get("/api/v1/catalog/2025/participatie");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void servesTheScriptLibrariesFromTheirWebJarsWithoutVersionInTheUrl() {
        UserAgent agent = new UserAgent(port);

        assertThat(agent.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(agent.get("/webjars/chart.js/dist/chart.umd.js").statusCode())
                .isEqualTo(200);
    }
}
