package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The start page shows per module where the organisation stands and what to do next. */
@IntegrationTest
class HomeStatusIT {

    static final int YEAR = 2230;
    static final int PUBLISHED_YEAR = 2231;
    static final Pattern WMO_CARD =
            Pattern.compile("<section class=\"module-card\" id=\"module-wmo\">(.*?)</section>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EditionPublisher publisher;

    private static String page(int year) {
        return "/aanleveren/" + year + "/wmo";
    }

    private String wmoCard(UserAgent browser, int year) {
        String home = browser.get("/?jaar=" + year).body();
        Matcher matcher = WMO_CARD.matcher(home);
        assertThat(matcher.find()).as("the Wmo card on the start page").isTrue();
        return matcher.group(1);
    }

    private long submitted(Subject subject, UserAgent participant, int year) {
        Pages.save(participant, page(year), "A", Pages.validWmo());
        Pages.submit(participant, page(year), Map.of());
        return Pages.submissionId(jdbc, subject.organisationId(), year, "WMO");
    }

    private void review(long submissionId, String action, String remark) {
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/inzendingen/" + submissionId);
        beheerder.postForm("/beheer/inzendingen/" + submissionId + "/" + action, Map.of("opmerking", remark));
    }

    @Test
    void aModuleNotStartedYetInvitesToFillInTheQuestionnaire() {
        Subject subject = testData.newOrganisation(YEAR);

        String card = wmoCard(UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD), YEAR);

        assertThat(card)
                .contains(">Niet gestart</span>")
                .contains("De vragenlijst is nog niet begonnen.")
                .contains("href=\"/aanleveren/2230/wmo\">Vragenlijst invullen</a>");
    }

    @Test
    void aSavedDraftInvitesToContinue() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), page(YEAR));
        Pages.save(participant, page(YEAR), "A", Map.of("A.KCC.fte", "2"));

        String card = wmoCard(participant, YEAR);

        assertThat(card)
                .contains(">Concept</span>")
                .contains("href=\"/aanleveren/2230/wmo\">Verder met de vragenlijst</a>");
    }

    @Test
    void aSubmittedModuleOffersToViewTheSubmission() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), page(YEAR));
        submitted(subject, participant, YEAR);

        String card = wmoCard(participant, YEAR);

        assertThat(card)
                .contains(">Ingediend</span>")
                .contains("de beheerder beoordeelt de aanlevering")
                .contains("href=\"/aanleveren/2230/wmo\">Inzending bekijken</a>");
    }

    @Test
    void aReturnedModuleShowsTheBeheerdersRemarkAndInvitesToAdjust() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), page(YEAR));
        review(submitted(subject, participant, YEAR), "terugsturen", "Graag de loonkosten van de toegang nakijken.");

        String card = wmoCard(participant, YEAR);

        assertThat(card)
                .contains(">Teruggestuurd</span>")
                .contains("Opmerking van de beheerder:")
                .contains("Graag de loonkosten van de toegang nakijken.")
                .contains("href=\"/aanleveren/2230/wmo\">Vragenlijst aanpassen</a>");
    }

    @Test
    void anApprovedModuleOfAnUnpublishedEditionSaysTheComparisonFollows() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), page(YEAR));
        review(submitted(subject, participant, YEAR), "goedkeuren", "");

        String card = wmoCard(participant, YEAR);

        assertThat(card)
                .contains(">Goedgekeurd</span>")
                .contains("De vergelijking met andere organisaties volgt zodra de editie is gepubliceerd.")
                .contains("href=\"/aanleveren/2230/wmo\">Inzending bekijken</a>");
    }

    @Test
    void anApprovedModuleOfAPublishedEditionLeadsToTheResults() {
        Subject subject = testData.newOrganisation(PUBLISHED_YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), page(PUBLISHED_YEAR));
        review(submitted(subject, participant, PUBLISHED_YEAR), "goedkeuren", "");
        publisher.publish(PUBLISHED_YEAR, "WMO", "test", null);

        String card = wmoCard(participant, PUBLISHED_YEAR);

        assertThat(card)
                .contains(">Gepubliceerd</span>")
                .contains("de resultaten staan klaar")
                .contains("href=\"/resultaten/2231/wmo\">Resultaten bekijken</a>");
    }

    @Test
    void aLezerIsOfferedToViewRatherThanToFillIn() {
        Subject subject = testData.newOrganisation(YEAR);

        String card = wmoCard(UserAgent.loggedIn(port, subject.lezer(), TestData.PASSWORD), YEAR);

        assertThat(card)
                .contains(">Niet gestart</span>")
                .contains("href=\"/aanleveren/2230/wmo\">Vragenlijst bekijken</a>")
                .doesNotContain("Vragenlijst invullen");
    }

    @Test
    void eachModuleOfTheOrganisationHasItsOwnStatus() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), page(YEAR));
        submitted(subject, participant, YEAR);

        String home = participant.get("/?jaar=" + YEAR).body();

        assertThat(home).contains("id=\"module-wmo\"").contains("id=\"module-jeugd\"");
        assertThat(home.substring(home.indexOf("id=\"module-jeugd\""))).contains(">Niet gestart</span>");
    }
}
