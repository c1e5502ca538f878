package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** With four references (k = 5) only the organisation's own figures may be shown. */
class TooFewReferencesTest {

    private final ResultsPage page = ResultsFixtures.page(4);

    @Test
    void showsNoReferenceValueInAnyTableRow() {
        assertThat(page.costRows())
                .allSatisfy(row -> assertThat(row.reference().shown()).isFalse());
        assertThat(page.fteRows())
                .allSatisfy(row -> assertThat(row.reference().value()).isEmpty());
    }

    @Test
    void stillShowsTheOwnFigures() {
        assertThat(ResultsPageFactoryTest.last(page.costRows()).perUnit()).isEqualTo("€ 2.350");
    }

    @Test
    void explainsThatTheReferenceGroupIsTooSmall() {
        assertThat(ResultsPageFactoryTest.last(page.costRows()).explanation().reference())
                .isEqualTo("Geen referentiewaarde: dit cijfer is voor 4 referentieorganisaties beschikbaar,"
                        + " minder dan het minimum van 5.");
    }

    @Test
    void drawsNoSpreadAndOnlyTheOwnBar() {
        assertThat(page.indicators()).allSatisfy(row -> assertThat(row.chart()).isNull());
        assertThat(page.overviewChartJson()).contains("\"bars\":[\"Eigen organisatie\"]");
        assertThat(page.referenceSufficient()).isFalse();
    }
}
