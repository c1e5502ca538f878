package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused form on the edition page comes back with what the beheerder entered. */
@IntegrationTest
class EditionFormsKeepInputIT {

    static final int YEAR = 2082;
    static final String PAGE = "/beheer/editie/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Test
    void aNamedSetRefusedForItsNameKeepsTheChosenMembers() {
        TestData.Subject first = testData.newOrganisation(YEAR);
        TestData.Subject second = testData.newOrganisation(YEAR);
        String name = "Dubbel " + first.organisationId();
        editions.createNamedSet(
                YEAR, "WMO", name, java.util.List.of(first.organisationId(), second.organisationId()), "test");
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(PAGE);

        HttpResponse<String> response = post(
                beheerder,
                PAGE + "/maatwerksets",
                "name=" + encode(name) + "&members=" + first.organisationId() + "&members=" + second.organisationId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Er is al een set met deze naam.")
                .contains("value=\"" + first.organisationId() + "\" selected=\"selected\"")
                .contains("value=\"" + second.organisationId() + "\" selected=\"selected\"");
    }

    @Test
    void anOutlierReasonRefusedAsTooLongIsShownAgain() {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        editions.decideOutlier(YEAR, "WMO", subject.organisationId(), false, "eerder besluit", "test");
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(PAGE);
        String reason = "Lang verhaal " + "x".repeat(EditionService.MAX_REASON_LENGTH);

        HttpResponse<String> response = post(
                beheerder,
                PAGE + "/uitschieters",
                "organisationId=" + subject.organisationId() + "&decision=UITSLUITEN&reason=" + encode(reason));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("De reden is te lang").contains(">" + reason + "</textarea>");
    }

    private static HttpResponse<String> post(UserAgent beheerder, String path, String form) {
        return beheerder.postRaw(
                path,
                "application/x-www-form-urlencoded",
                (form + "&_csrf=" + beheerder.csrfToken()).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
