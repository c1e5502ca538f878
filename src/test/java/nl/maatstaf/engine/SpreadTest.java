package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpreadTest {

    private static List<BigDecimal> decimals(int... values) {
        List<BigDecimal> decimals = new ArrayList<>();
        for (int value : values) {
            decimals.add(BigDecimal.valueOf(value));
        }
        return decimals;
    }

    @Test
    void interpolatesQuartilesLikeExcelQuartileInc() {
        // Excel: QUARTILE.INC({7,15,36,39,40,41}; 1..3) = 20.25, 37.5, 39.75
        Spread spread = Spread.of(decimals(40, 7, 39, 15, 41, 36));

        assertThat(spread.firstQuartile()).isEqualByComparingTo("20.25");
        assertThat(spread.median()).isEqualByComparingTo("37.5");
        assertThat(spread.thirdQuartile()).isEqualByComparingTo("39.75");
    }

    @Test
    void interpolatesAtQuarterPositions() {
        // n = 10: Q1 at rank 2.25, median at 4.5, Q3 at 6.75
        Spread spread = Spread.of(decimals(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

        assertThat(spread.firstQuartile()).isEqualByComparingTo("3.25");
        assertThat(spread.median()).isEqualByComparingTo("5.5");
        assertThat(spread.thirdQuartile()).isEqualByComparingTo("7.75");
    }

    @Test
    void takesTheMiddleValueAsMedianOfAnOddCount() {
        Spread spread = Spread.of(decimals(3, 1, 2));

        assertThat(spread.median()).isEqualByComparingTo("2");
        assertThat(spread.firstQuartile()).isEqualByComparingTo("1.5");
        assertThat(spread.thirdQuartile()).isEqualByComparingTo("2.5");
    }

    @Test
    void collapsesToTheValueForASingleValue() {
        Spread spread = Spread.of(decimals(42));

        assertThat(spread)
                .isEqualTo(new Spread(BigDecimal.valueOf(42), BigDecimal.valueOf(42), BigDecimal.valueOf(42)));
    }

    @Test
    void rejectsAnEmptySample() {
        assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavingEachParticipantOutGivesTheSpreadOfTheOthers() {
        Random random = new Random(7);
        // Quartiles from three values on, and no dominance rule: only the leaving out is tested here.
        DisclosureRules rules = new DisclosureRules(3, 3, BigDecimal.ONE, BigDecimal.valueOf(2));
        for (int size = 4; size <= 13; size++) {
            BigDecimal[] values = new BigDecimal[size];
            for (int i = 0; i < size; i++) {
                // few distinct values, so that ties are common
                values[i] = BigDecimal.valueOf(random.nextInt(6) * 25L, 1);
            }
            LeaveOneOutFigure figure = new LeaveOneOutFigure(FigureId.totalCostPerUnit(), values);
            for (int participant = 0; participant < size; participant++) {
                List<BigDecimal> others = new ArrayList<>(List.of(values));
                others.remove(participant);

                Spread spread = figure.lineFor(participant, true, rules)
                        .referenceSpread()
                        .orElseThrow();

                assertThat(spread).as("size %d without %d", size, participant).isEqualTo(Spread.of(others));
            }
        }
    }
}
