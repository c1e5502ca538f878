package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The beheerder's review page: the verdict on top, the differences per field, the audit trail in words. */
@IntegrationTest
class ReviewPageIT {

    static final int YEAR = 2234;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    private record Reviewed(Subject subject, UserAgent participant, long submissionId) {}

    /** Version 1 submitted and returned, then version 2 with other KCC wage costs submitted. */
    private Reviewed secondVersion() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(participant, PAGE, "A", Pages.validWmo());
        Pages.submit(participant, PAGE, Map.of());
        long id = Pages.submissionId(jdbc, subject.organisationId(), YEAR, "WMO");
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/inzendingen/" + id);
        beheerder.postForm(
                "/beheer/inzendingen/" + id + "/terugsturen", Map.of("opmerking", "Loonkosten KCC nakijken."));
        Pages.save(participant, PAGE, "A", Map.of("A.KCC.loonkosten", "160.000"));
        Pages.submit(participant, PAGE, Map.of());
        return new Reviewed(subject, participant, id);
    }

    private String reviewPage(long id) {
        return UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/beheer/inzendingen/" + id)
                .body();
    }

    @Test
    void approveAndReturnComeBeforeTheSubmittedValues() {
        Reviewed r = secondVersion();

        String page = reviewPage(r.submissionId());

        assertThat(page.indexOf("/goedkeuren\"")).isPositive().isLessThan(page.indexOf("Ingediende waarden"));
        assertThat(page.indexOf("/terugsturen\"")).isPositive().isLessThan(page.indexOf("Ingediende waarden"));
    }

    @Test
    void eachFieldShowsItsValueInThePreviousVersionAndTheDifference() {
        Reviewed r = secondVersion();

        String page = reviewPage(r.submissionId());

        assertThat(page).contains(">Versie 1</th>").contains(">Verschil</th>");
        assertThat(page.replaceAll("\\s+", " "))
                .contains("<td>Klantcontactcentrum (KCC) – Loonkosten</td> <td class=\"num\">€ 160.000</td>"
                        + " <td class=\"num\">€ 150.000</td> <td class=\"num version-change\">+€ 10.000</td>")
                .contains("<td>Klantcontactcentrum (KCC) – Formatie (fte)</td> <td class=\"num\">2,00</td>"
                        + " <td class=\"num\">2,00</td> <td class=\"num version-change\"></td>");
    }

    @Test
    void theAuditTrailIsWrittenInSentencesWithFieldNames() {
        Reviewed r = secondVersion();

        String page = reviewPage(r.submissionId());

        assertThat(page)
                .contains(r.subject().deelnemer()
                        + " wijzigde Klantcontactcentrum (KCC) – Loonkosten van 150.000 in 160.000.")
                .contains(r.subject().deelnemer() + " vulde Toegang en casemanagement – Formatie (fte) in: 6,5.")
                .contains(r.subject().deelnemer() + " diende versie 2 in.")
                .contains("beheerder stuurde versie 1 terug met de opmerking: Loonkosten KCC nakijken.")
                .doesNotContain(">WIJZIGING<")
                .doesNotContain(">A.KCC.loonkosten<");
    }
}
