package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Publishing a published edition again (a second tab, a double click) changes nothing. */
@IntegrationTest
class PublishTwiceIT {

    static final int YEAR = 2083;
    static final String PAGE = "/beheer/editie/" + YEAR + "/jeugd";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    @Autowired
    AuditLog audit;

    @Test
    void publishingAPublishedEditionAgainKeepsTheFirstPublicationAndAuditsItOnce() {
        testData.newOrganisation(YEAR);
        publisher.publish(YEAR, "JEUGD", "eerste-beheerder", null);
        EditionSettings first = editions.settings(YEAR, "JEUGD");
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(PAGE);

        HttpResponse<String> response = beheerder.postRaw(
                PAGE + "/publiceren",
                "application/x-www-form-urlencoded",
                ("_csrf=" + beheerder.csrfToken()).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        EditionSettings after = editions.settings(YEAR, "JEUGD");
        assertThat(after.published()).isTrue();
        assertThat(after.publishedBy()).isEqualTo("eerste-beheerder");
        assertThat(after.publishedAt()).isEqualTo(first.publishedAt());
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, YEAR + "/JEUGD"))
                .filteredOn(e -> e.action().equals("EDITIE_GEPUBLICEERD"))
                .hasSize(1);
    }
}
