package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The trend of the worked example: 2024 with four references (below k), 2025 with five. */
class ResultsTrendsTest {

    private final ResultsTrend trend = ReportFixtures.workedExample().trend();

    @Test
    void givesTheOwnValueAndTheReferenceMeanOfEveryYear() {
        ResultsTrend.Series total = series("TOTAL_COST_PER_UNIT:TOTAL");

        assertThat(total.label()).isEqualTo("Totale kosten per uitkering");
        assertThat(total.points())
                .extracting(ResultsTrend.Point::year, p -> p.own().intValue())
                .containsExactly(tuple(2024, 2350), tuple(2025, 2350));
        assertThat(total.points().get(1).reference()).isEqualByComparingTo("2599");
    }

    @Test
    void leavesTheReferenceBlankInAYearBelowK() {
        assertThat(series("TOTAL_COST_PER_UNIT:TOTAL").points().get(0).reference())
                .isNull();
        assertThat(trend.years().get(0).referenceSufficient()).isFalse();
    }

    @Test
    void coversTotalAndGroupFiguresOfCostsAndFormationAndEveryDerivedIndicator() {
        assertThat(trend.series())
                .extracting(ResultsTrend.Series::code)
                .contains(
                        "TOTAL_COST_PER_UNIT:TOTAL",
                        "GROUP_COST_PER_UNIT:UITVOERING",
                        "TOTAL_FTE_PER_100_UNITS:TOTAL",
                        "GROUP_FTE_PER_100_UNITS:OVERHEAD");
        assertThat(trend.series().stream().filter(s -> s.section().equals("indicatoren")))
                .hasSize(ResultsFixtures.participatie().derivedIndicators().size());
    }

    @Test
    void leavesTheReferenceBlankInAPreliminaryYear() {
        ResultsTrend preliminary = ReportFixtures.preliminary().trend();

        assertThat(preliminary.years().get(1).preliminary()).isTrue();
        assertThat(preliminary.series())
                .allSatisfy(s -> assertThat(s.points().get(1).reference()).isNull());
    }

    @Test
    void carriesTheChartDataForTheTrendTab() {
        assertThat(series("TOTAL_COST_PER_UNIT:TOTAL").chartJson())
                .contains("\"years\":[\"2024\",\"2025\"]")
                .contains("\"reference\":[null,");
    }

    private ResultsTrend.Series series(String code) {
        return trend.series().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
