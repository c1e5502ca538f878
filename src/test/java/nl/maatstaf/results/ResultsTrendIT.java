package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Trend tab: the organisation's own figures over the years it took part; and the spread of the
 * cost and formation figures on their tabs.
 */
@IntegrationTest
class ResultsTrendIT extends EditionIntegrationTestSupport {

    private static final int FIRST = 2072;
    private static final int SECOND = 2073;
    private static final int SPREAD_YEAR = 2074;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Test
    void showsTheOwnValueOfEveryYearWithTheReferenceMeanWhereThereAreEnoughReferences() {
        TestData.Subject own = approvedInFirstAndSecondYear(245_000);
        fiveOthersApproved(SECOND);

        publisher.publish(FIRST, "PARTICIPATIE", "test", null);
        publisher.publish(SECOND, "PARTICIPATIE", "test", null);

        String page = page(own, SECOND, "trend");

        assertThat(page)
                .contains("data-chart-type=\"trend\"")
                .contains("/js/results-trend.js")
                .contains(DutchFormat.euro(ItFigures.totalCostPerUnit(400, 200_000)))
                .contains(DutchFormat.euro(ItFigures.totalCostPerUnit(500, 245_000)))
                .contains(">" + FIRST + "<")
                .contains(">" + SECOND + "<")
                .contains("te weinig referenties")
                .contains("Referentiegroep per peiljaar")
                .contains(SECOND + ": alle deelnemers");
    }

    @Test
    void aYearLaterThanTheOneViewedIsNotPartOfTheTrend() {
        TestData.Subject own = approvedInFirstAndSecondYear(999_000);

        String page = page(own, FIRST, "trend");

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
        // Quartiles need ten organisations besides the organisation itself.
        fiveOthersApproved(SPREAD_YEAR);
        fiveOthersApproved(SPREAD_YEAR);
        publisher.publish(SPREAD_YEAR, "PARTICIPATIE", "test", null);

        String costs = page(own, SPREAD_YEAR, "kosten");
        String formation = page(own, SPREAD_YEAR, "formatie");

        assertThat(costs).contains("data-chart-type=\"spread\"").contains("Spreiding van Totaal: eigen waarde € 638");
        assertThat(formation).contains("data-chart-type=\"spread\"");
    }

    /** An organisation with 400 uitkeringen and € 200.000 in FIRST, 500 and the given loonkosten in SECOND. */
    private TestData.Subject approvedInFirstAndSecondYear(long secondYearCosts) {
        TestData.Subject own = testData.newOrganisation(FIRST);
        catalog.openYearWithStandardCatalog(SECOND);
        enrolments.enrol(own.organisationId(), SECOND, "PARTICIPATIE");
        approved.storeApproved(
                own.organisationId(), FIRST, "PARTICIPATIE", ItFigures.participatie(400, 200_000), "test");
        approved.storeApproved(
                own.organisationId(), SECOND, "PARTICIPATIE", ItFigures.participatie(500, secondYearCosts), "test");
        return own;
    }

    private void fiveOthersApproved(int year) {
        for (int i = 1; i <= 5; i++) {
            long id = testData.newOrganisation(year).organisationId();
            approved.storeApproved(id, year, "PARTICIPATIE", ItFigures.participatie(300, 100_000L * i), "test");
        }
    }

    private String page(TestData.Subject own, int year, String tab) {
        return UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + year + "/participatie?tab=" + tab)
                .body();
    }
}
