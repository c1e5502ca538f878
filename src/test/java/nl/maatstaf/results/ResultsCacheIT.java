package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ResultsCacheIT {

    private static final int YEAR = 2033;

    @LocalServerPort
    int port;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    @Test
    void aNewApprovalChangesTheBeheerdersViewAtOnceAndTheOthersReferenceWithTheNextPublication() {
        TestData.Subject own = testData.newOrganisation(YEAR);
        approved.storeApproved(
                own.organisationId(), YEAR, "PARTICIPATIE", ItFigures.participatie(500, 300_000), "test");
        publisher.publish(YEAR, "PARTICIPATIE", "test", null);
        List<BigDecimal> totals = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            totals.add(approve(400 + 10 * i, 200_000 + 10_007L * i));
        }
        UserAgent deelnemer = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD);
        String before = deelnemer.get("/resultaten/" + YEAR + "/participatie").body();

        publisher.publish(YEAR, "PARTICIPATIE", "test", null);
        String published =
                deelnemer.get("/resultaten/" + YEAR + "/participatie").body();
        totals.add(approve(450, 250_000));
        String frozen = deelnemer.get("/resultaten/" + YEAR + "/participatie").body();
        String beheerder = UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/resultaten/" + YEAR + "/participatie?organisatie=" + own.organisationId())
                .body();
        // One organisation more than the publication participants saw: only with a reason.
        publisher.publish(YEAR, "PARTICIPATIE", "test", "Late goedkeuring van een deelnemer");
        String after = deelnemer.get("/resultaten/" + YEAR + "/participatie").body();

        String oldReference =
                "Referentie " + DutchFormat.euro(ItFigures.mean(totals.subList(0, 5))) + " (5 organisaties)";
        String newReference = "Referentie " + DutchFormat.euro(ItFigures.mean(totals)) + " (6 organisaties)";
        assertThat(before).doesNotContain("Referentie €");
        assertThat(published).contains(oldReference);
        assertThat(frozen).contains(oldReference);
        assertThat(beheerder).contains(newReference);
        assertThat(after).contains(newReference).doesNotContain(oldReference);
    }

    private BigDecimal approve(int uitkeringen, long loonkosten) {
        long id = testData.newOrganisation(YEAR).organisationId();
        approved.storeApproved(id, YEAR, "PARTICIPATIE", ItFigures.participatie(uitkeringen, loonkosten), "test");
        return ItFigures.totalCostPerUnit(uitkeringen, loonkosten);
    }
}
