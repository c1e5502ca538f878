package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Trend tab: the organisation's own figures over the years it took part; and the spread of the
 * cost and formation figures on their tabs.
 */
@IntegrationTest
class ResultsTrendIT {

    private static final int FIRST = 2072;
    private static final int SECOND = 2073;
    private static final int SPREAD_YEAR = 2074;

    @LocalServerPort
    int port;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Test
    void showsTheOwnValueOfEveryYearWithTheReferenceMeanWhereThereAreEnoughReferences() {
        TestData.Subject own = testData.newOrganisation(FIRST);
        catalog.openYearWithStandardCatalog(SECOND);
        enrolments.enrol(own.organisationId(), SECOND, "PARTICIPATIE");
        approved.storeApproved(
                own.organisationId(), FIRST, "PARTICIPATIE", ItFigures.participatie(400, 200_000), "test");
        approved.storeApproved(
                own.organisationId(), SECOND, "PARTICIPATIE", ItFigures.participatie(500, 245_000), "test");
        for (int i = 1; i <= 5; i++) {
            long id = testData.newOrganisation(SECOND).organisationId();
            approved.storeApproved(id, SECOND, "PARTICIPATIE", ItFigures.participatie(300, 100_000L * i), "test");
        }

        editions.publish(FIRST, "PARTICIPATIE", "test");
        editions.publish(SECOND, "PARTICIPATIE", "test");

        String page = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + SECOND + "/participatie?tab=trend")
                .body();

        assertThat(page)
                .contains("data-chart-type=\"trend\"")
                .contains("/js/results-trend.js")
                .contains(DutchFormat.euro(ItFigures.totalCostPerUnit(400, 200_000)))
                .contains(DutchFormat.euro(ItFigures.totalCostPerUnit(500, 245_000)))
                .contains(">" + FIRST + "<")
                .contains(">" + SECOND + "<")
                .contains("te weinig referenties");
    }

    @Test
    void aYearLaterThanTheOneViewedIsNotPartOfTheTrend() {
        TestData.Subject own = testData.newOrganisation(FIRST);
        catalog.openYearWithStandardCatalog(SECOND);
        enrolments.enrol(own.organisationId(), SECOND, "PARTICIPATIE");
        approved.storeApproved(
                own.organisationId(), FIRST, "PARTICIPATIE", ItFigures.participatie(400, 200_000), "test");
        approved.storeApproved(
                own.organisationId(), SECOND, "PARTICIPATIE", ItFigures.participatie(500, 999_000), "test");

        String page = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + FIRST + "/participatie?tab=trend")
                .body();

        assertThat(page)
                .contains(DutchFormat.euro(ItFigures.totalCostPerUnit(400, 200_000)))
                .doesNotContain(DutchFormat.euro(ItFigures.totalCostPerUnit(500, 999_000)))
                .contains("Er zijn nog maar voor één peiljaar");
    }

    @Test
    void theCostAndFormationTabsShowTheReferenceSpread() {
        TestData.Subject own = testData.newOrganisation(SPREAD_YEAR);
        approved.storeApproved(
                own.organisationId(), SPREAD_YEAR, "PARTICIPATIE", ItFigures.participatie(400, 200_000), "test");
        for (int i = 1; i <= 5; i++) {
            long id = testData.newOrganisation(SPREAD_YEAR).organisationId();
            approved.storeApproved(id, SPREAD_YEAR, "PARTICIPATIE", ItFigures.participatie(300, 100_000L * i), "test");
        }
        editions.publish(SPREAD_YEAR, "PARTICIPATIE", "test");
        UserAgent deelnemer = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD);

        String costs = deelnemer
                .get("/resultaten/" + SPREAD_YEAR + "/participatie?tab=kosten")
                .body();
        String formation = deelnemer
                .get("/resultaten/" + SPREAD_YEAR + "/participatie?tab=formatie")
                .body();

        assertThat(costs).contains("data-chart-type=\"spread\"").contains("Spreiding van Totaal: eigen waarde € 638");
        assertThat(formation).contains("data-chart-type=\"spread\"");
    }
}
