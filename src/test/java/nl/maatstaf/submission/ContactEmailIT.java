package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contact e-mail of the afsluiting step is checked on the server: a malformed address is
 * refused at the field on the page and in the problem document of the API, and nothing of the
 * request is stored.
 */
@IntegrationTest
class ContactEmailIT {

    static final int YEAR = 2093;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    static final String HEADER_INJECTION = "anna@example.nl\r\nBcc: iedereen@example.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    private Optional<String> storedEmail(Subject subject) {
        return jdbc.sql("SELECT contact_email FROM submission WHERE organisation_id = :org AND peiljaar = :year")
                .param("org", subject.organisationId())
                .param("year", YEAR)
                .query(String.class)
                .optional();
    }

    private static HttpResponse<String> closing(UserAgent browser, String action, String email) {
        String html = browser.get(PAGE + "?deel=afsluiting").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("deel", "afsluiting");
        form.put("lockVersion", Pages.lockVersion(html));
        form.put("contactName", "Anna de Vries");
        form.put("contactEmail", email);
        form.put("remarks", "Alles naar waarheid ingevuld.");
        form.put("bevestiging", "ja");
        return browser.postForm(PAGE + action, form);
    }

    @Test
    void refusesAHeaderInjectionOnThePageAtTheFieldAndStoresNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", Pages.validWmo());

        HttpResponse<String> submitted = closing(browser, "/indienen", HEADER_INJECTION);

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body())
                .contains("Een of meer velden zijn niet geldig. Er is niets opgeslagen")
                .contains("Dit is geen geldig e-mailadres. Schrijf het als naam@organisatie.nl, zonder spaties.");
        assertThat(storedEmail(subject)).isEmpty();
        assertThat(Pages.versionCount(jdbc, subject.organisationId(), YEAR, "WMO"))
                .isZero();
    }

    @Test
    void refusesAnAddressWithSpacesWhenTheAfsluitingIsSavedOnThePage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> saved = closing(browser, "", "anna de vries@example.nl");

        assertThat(saved.body())
                .contains("Dit is geen geldig e-mailadres")
                .contains("value=\"anna de vries@example.nl\"");
        assertThat(storedEmail(subject)).isEmpty();
    }

    @Test
    void storesAPlainAddressFromThePage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> saved = closing(browser, "", "a.devries@example.nl");

        assertThat(saved.body()).doesNotContain("Dit is geen geldig e-mailadres");
        assertThat(storedEmail(subject)).contains("a.devries@example.nl");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "geen-apenstaartje.example.nl",
                "anna de vries@example.nl",
                "anna@example.nl\\r\\nBcc: iedereen@example.org",
                "anna@example",
                "\\\"anna\\\"@example.nl"
            })
    void refusesAMalformedAddressThroughTheApiWithADutchProblemAndStoresNothing(String email) throws Exception {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "POST",
                        "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo/submit",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "{\"contactName\": \"Anna de Vries\", \"contactEmail\": \"" + email + "\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asText())
                .isEqualTo(
                        "Het e-mailadres van de contactpersoon is niet geldig. Er is niets opgeslagen of ingediend.");
        assertThat(problem.get("errors").get("contactEmail").asText()).contains("Dit is geen geldig e-mailadres");
        assertThat(storedEmail(subject)).isEmpty();
    }

    @Test
    void refusesAnAddressOfMoreThan254CharactersThroughTheApi() throws Exception {
        Subject subject = testData.newOrganisation(YEAR);
        String email = "anna@" + "a".repeat(250) + ".nl";

        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "POST",
                        "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo/submit",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "{\"contactName\": \"Anna de Vries\", \"contactEmail\": \"" + email + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asText()).contains("Er is niets opgeslagen");
        assertThat(problem.get("errors").get("contactEmail").asText()).isNotBlank();
        assertThat(storedEmail(subject)).isEmpty();
    }
}
