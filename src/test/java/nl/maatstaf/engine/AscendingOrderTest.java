package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AscendingOrderTest {

    @Test
    void ordersValuesThatOnlyDifferBeyondDoublePrecision() {
        BigDecimal base = new BigDecimal("1234.567890123456789012345678901234");
        BigDecimal[] values = {base.add(new BigDecimal("3E-30")), base, base.add(new BigDecimal("1E-30")), null};

        assertThat(AscendingOrder.of(values)).containsExactly(1, 2, 0);
    }

    @Test
    void ordersLikeCompareToForMixedSignsScalesAndTies() {
        Random random = new Random(3);
        BigDecimal[] values = new BigDecimal[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> BigDecimal.valueOf(random.nextInt(5) - 2);
                case 2 -> BigDecimal.valueOf(random.nextLong()).divide(BigDecimal.valueOf(7), MathContext.DECIMAL128);
                case 3 -> new BigDecimal(random.nextInt(1000)).scaleByPowerOfTen(random.nextInt(80) - 40);
                default -> BigDecimal.ONE.divide(BigDecimal.valueOf(3 + random.nextInt(3)), MathContext.DECIMAL128);
            };
        }

        int[] order = AscendingOrder.of(values);

        assertThat(order).hasSize((int)
                IntStream.range(0, values.length).filter(i -> values[i] != null).count());
        assertThat(IntStream.of(order).mapToObj(i -> values[i]).toList())
                .isSortedAccordingTo(Comparator.naturalOrder());
    }
}
