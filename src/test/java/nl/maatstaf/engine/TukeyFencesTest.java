package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TukeyFencesTest {

    @Test
    void setsTheFencesOneAndAHalfInterquartileRangesOutsideTheQuartiles() {
        // 1..8 and 100: Q1 at rank 2 = 3, Q3 at rank 6 = 7, IQR 4.
        List<BigDecimal> values = IntStream.of(100, 1, 2, 3, 4, 5, 6, 7, 8)
                .mapToObj(BigDecimal::valueOf)
                .toList();

        TukeyFences fences = TukeyFences.of(values);

        assertThat(fences.firstQuartile()).isEqualByComparingTo("3");
        assertThat(fences.thirdQuartile()).isEqualByComparingTo("7");
        assertThat(fences.lower()).isEqualByComparingTo("-3");
        assertThat(fences.upper()).isEqualByComparingTo("13");
        assertThat(fences.isOutlier(new BigDecimal("100"))).isTrue();
        assertThat(fences.isOutlier(new BigDecimal("8"))).isFalse();
    }

    @Test
    void usesTheSameInterpolatedQuartilesAsTheSpread() {
        List<BigDecimal> values =
                List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4"));

        TukeyFences fences = TukeyFences.of(values);
        Spread spread = Spread.of(values);

        assertThat(fences.firstQuartile())
                .isEqualByComparingTo(spread.firstQuartile())
                .isEqualByComparingTo("1.75");
        assertThat(fences.thirdQuartile())
                .isEqualByComparingTo(spread.thirdQuartile())
                .isEqualByComparingTo("3.25");
        assertThat(fences.lower()).isEqualByComparingTo("-0.5");
        assertThat(fences.upper()).isEqualByComparingTo("5.5");
    }

    @Test
    void doesNotFlagAValueExactlyOnAFence() {
        TukeyFences fences = TukeyFences.of(
                List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4")));

        assertThat(fences.isOutlier(new BigDecimal("5.5"))).isFalse();
        assertThat(fences.isOutlier(new BigDecimal("5.51"))).isTrue();
        assertThat(fences.isOutlier(new BigDecimal("-0.51"))).isTrue();
    }
}
