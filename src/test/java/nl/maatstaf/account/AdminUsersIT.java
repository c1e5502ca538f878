package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The beheerder's page of every account. */
@IntegrationTest
class AdminUsersIT {

    static final int YEAR = 2195;
    static final String PAGE = "/beheer/gebruikers";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    UserRows rows;

    @Test
    void listsTheUsersOfEveryOrganisationWithTheirState() {
        TestData.Subject subject = testData.newOrganisation(YEAR);

        String page = UserAgent.loggedIn(port, "beheerder", "demo").get(PAGE).body();

        assertThat(page).contains("id=\"gebruiker-" + subject.deelnemer() + "\"", "id=\"gebruiker-beheerder\"");
        assertThat(page).contains(subject.name(), "Tweestapsverificatie", "Laatst ingelogd");
    }

    @Test
    void filtersByOrganisation() {
        TestData.Subject shown = testData.newOrganisation(YEAR);
        TestData.Subject other = testData.newOrganisation(YEAR);

        String page = UserAgent.loggedIn(port, "beheerder", "demo")
                .get(PAGE + "?organisatie=" + shown.organisationId())
                .body();

        assertThat(page)
                .contains("id=\"gebruiker-" + shown.deelnemer() + "\"", "id=\"gebruiker-" + shown.lezer() + "\"");
        assertThat(page).doesNotContain("id=\"gebruiker-" + other.deelnemer() + "\"", "id=\"gebruiker-beheerder\"");
    }

    @Test
    void anUnknownOrganisationInTheFilterIsNotFound() {
        assertThat(UserAgent.loggedIn(port, "beheerder", "demo")
                        .get(PAGE + "?organisatie=987654321")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theBeheerderDeactivatesAndReactivatesAnOrganisationsUser() {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        UserRow lezer = rows.findByUsername(subject.lezer()).orElseThrow();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(PAGE);

        HttpResponse<String> off = beheerder.postForm(
                PAGE + "/" + lezer.id(), Map.of("role", "LEZER", "version", Integer.toString(lezer.lockVersion())));
        String afterOff =
                beheerder.get(PAGE + "?organisatie=" + subject.organisationId()).body();
        beheerder.postForm(
                PAGE + "/" + lezer.id(),
                Map.of("role", "LEZER", "active", "true", "version", Integer.toString(lezer.lockVersion() + 1)));

        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(afterOff).contains("De rechten van " + subject.lezer() + " zijn opgeslagen.", "Gedeactiveerd");
        assertThat(rows.findByUsername(subject.lezer()).orElseThrow().enabled()).isTrue();
        UserAgent.loggedIn(port, subject.lezer(), TestData.PASSWORD);
    }

    @Test
    void theBeheerderRoleCannotBeGivenToAnOrganisationsUser() {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        UserRow deelnemer = rows.findByUsername(subject.deelnemer()).orElseThrow();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(PAGE);

        beheerder.postForm(
                PAGE + "/" + deelnemer.id(),
                Map.of("role", "BEHEERDER", "active", "true", "version", Integer.toString(deelnemer.lockVersion())));

        assertThat(beheerder.get(PAGE).body())
                .contains("De rol beheerder kan niet worden gegeven of afgenomen; maak zo nodig een nieuw account.");
        assertThat(rows.findByUsername(subject.deelnemer()).orElseThrow().role())
                .isEqualTo(Role.DEELNEMER);
    }
}
