package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login page and the transport around it: the demo hint, a forged CSRF token, and cookies and
 * headers behind a TLS proxy.
 */
@IntegrationTest
class LoginPageIT {

    @LocalServerPort
    int port;

    @Test
    void showsTheDemoPasswordWhileDemoDataIsOn() {
        assertThat(new UserAgent(port).get("/login").body()).contains("Demo-accounts: beheerder, deelnemer en lezer");
    }

    @Test
    void answersAForgedCsrfTokenWithADutchForbiddenPage() {
        UserAgent browser = UserAgent.loggedIn(port, "lezer", "demo");
        browser.get("/");

        HttpResponse<String> response = browser.postForm("/logout", Map.of("_csrf", "vervalst-token"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("U heeft geen toegang", "Er ging iets mis (403)");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void answersAForgedCsrfTokenOnTheLoginFormWithADutchForbiddenPage() {
        UserAgent browser = new UserAgent(port);
        browser.get("/login");

        HttpResponse<String> response = browser.postForm(
                "/login", Map.of("username", "lezer", "password", "demo", "_csrf", "AAAA" + "x".repeat(41)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("U heeft geen toegang");
    }

    @Test
    void marksTheSessionCookieSecureAndSendsHstsBehindATlsProxy() {
        UserAgent browser = new UserAgent(port).withHeader("X-Forwarded-Proto", "https");

        HttpResponse<String> response = browser.get("/login");

        assertThat(sessionCookies(response))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void sendsNeitherOnAPlainRequest() {
        HttpResponse<String> response = new UserAgent(port).get("/login");

        assertThat(sessionCookies(response))
                .isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .toList();
    }
}
