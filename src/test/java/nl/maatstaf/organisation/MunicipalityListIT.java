package nl.maatstaf.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class MunicipalityListIT {

    private static final String BOUNDARY = "grens1234567890";

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityRegister register;

    @Autowired
    OrganisationService organisations;

    @Test
    void letsTheBeheerderImportANewerMunicipalityList() {
        HttpResponse<String> response = upload(
                "beheerder",
                "2020",
                "gemeentecode;gemeentenaam;provincie;inwoners\n" + "GM9991;Nieuwegemeente;Utrecht;12345\n");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(register.find("GM9991")).hasValueSatisfying(m -> {
            assertThat(m.inhabitants()).isEqualTo(12345);
            assertThat(m.referenceYear()).isEqualTo(2020);
        });
    }

    @Test
    void changesTheInhabitantsFingerprintSoCachedResultsAreRecomputed() {
        String before = organisations.fingerprint();

        upload(
                "beheerder",
                "2019",
                "gemeentecode;gemeentenaam;provincie;inwoners\n"
                        + String.join(
                                "\n",
                                register.latest().stream()
                                        .filter(m -> m.referenceYear() == 2019)
                                        .map(m -> m.code() + ";" + m.name() + ";" + m.province() + ";"
                                                + (m.code().equals("GM0003") ? m.inhabitants() + 1 : m.inhabitants()))
                                        .toList())
                        + "\n");

        assertThat(organisations.fingerprint()).isNotEqualTo(before);
    }

    @Test
    void refusesAListWithABadLineNamingTheLineAndImportingNothing() {
        HttpResponse<String> response = upload(
                "beheerder",
                "2021",
                "gemeentecode;gemeentenaam;provincie;inwoners\n"
                        + "GM9992;Goedegemeente;Utrecht;100\n"
                        + "GM9993;Foutegemeente;Utrecht;veel\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Regel 3", "Er is niets ge");
        assertThat(register.find("GM9992")).isEmpty();
    }

    @Test
    void refusesTheImportToAParticipant() {
        HttpResponse<String> response = upload(
                "deelnemer", "2022", "gemeentecode;gemeentenaam;provincie;inwoners\n" + "GM9994;Stiekem;Utrecht;1\n");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(register.find("GM9994")).isEmpty();
    }

    private HttpResponse<String> upload(String username, String year, String csv) {
        UserAgent agent = UserAgent.loggedIn(port, username, "demo");
        agent.get("/");
        String body = part("_csrf", agent.csrfToken())
                + part("jaar", year)
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"bestand\"; filename=\"gemeenten.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + csv + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return agent.postRaw(
                "/beheer/gemeenten",
                "multipart/form-data; boundary=" + BOUNDARY,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
