package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SizeClassTest {

    @Test
    void putsEachBoundaryInTheClassThatStartsThere() {
        assertThat(SizeClass.of(24_999)).isEqualTo(SizeClass.BELOW_25K);
        assertThat(SizeClass.of(25_000)).isEqualTo(SizeClass.FROM_25K_TO_50K);
        assertThat(SizeClass.of(49_999)).isEqualTo(SizeClass.FROM_25K_TO_50K);
        assertThat(SizeClass.of(50_000)).isEqualTo(SizeClass.FROM_50K_TO_100K);
        assertThat(SizeClass.of(99_999)).isEqualTo(SizeClass.FROM_50K_TO_100K);
        assertThat(SizeClass.of(100_000)).isEqualTo(SizeClass.FROM_100K);
    }

    @Test
    void placesSmallAndVeryLargeNumbersInTheOuterClasses() {
        assertThat(SizeClass.of(0)).isEqualTo(SizeClass.BELOW_25K);
        assertThat(SizeClass.of(new BigDecimal("24999.9"))).isEqualTo(SizeClass.BELOW_25K);
        assertThat(SizeClass.of(900_000)).isEqualTo(SizeClass.FROM_100K);
    }

    @Test
    void rejectsNegativeInhabitants() {
        assertThatThrownBy(() -> SizeClass.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
