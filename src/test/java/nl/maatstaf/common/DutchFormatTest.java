package nl.maatstaf.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @Test
    void formatsEurosWholeWithDotGrouping() {
        assertThat(DutchFormat.euro(new BigDecimal("1383628.6"))).isEqualTo("€ 1.383.629");
    }

    @Test
    void formatsNegativeEurosWithAMinusSignBeforeTheEuroSign() {
        assertThat(DutchFormat.euro(new BigDecimal("-250"))).isEqualTo("\u2212€ 250");
    }

    @Test
    void signsDifferencesInEuros() {
        assertThat(DutchFormat.euroSigned(new BigDecimal("48.4"))).isEqualTo("+€ 48");
        assertThat(DutchFormat.euroSigned(new BigDecimal("-249.2"))).isEqualTo("\u2212€ 249");
    }

    @Test
    void formatsDecimalsWithADecimalComma() {
        assertThat(DutchFormat.decimal(new BigDecimal("3.5449"), 2)).isEqualTo("3,54");
        assertThat(DutchFormat.decimal(new BigDecimal("1234.5"), 1)).isEqualTo("1.234,5");
    }

    @Test
    void roundsATieOfTwoDecimalsAwayFromZero() {
        assertThat(DutchFormat.decimal(new BigDecimal("4.375"), 2)).isEqualTo("4,38");
        assertThat(DutchFormat.decimal(new BigDecimal("-4.375"), 2)).isEqualTo("\u22124,38");
    }

    @Test
    void roundsATieUpWhereHalfToEvenWouldRoundDown() {
        assertThat(DutchFormat.decimal(new BigDecimal("4.365"), 2)).isEqualTo("4,37");
        assertThat(DutchFormat.decimal(new BigDecimal("-4.365"), 2)).isEqualTo("\u22124,37");
    }

    @Test
    void roundsASignedTieAwayFromZero() {
        assertThat(DutchFormat.decimalSigned(new BigDecimal("4.375"), 2)).isEqualTo("+4,38");
        assertThat(DutchFormat.decimalSigned(new BigDecimal("-4.375"), 2)).isEqualTo("\u22124,38");
    }

    @Test
    void roundsHalfAEuroAwayFromZero() {
        assertThat(DutchFormat.euro(new BigDecimal("2500.5"))).isEqualTo("€ 2.501");
        assertThat(DutchFormat.euro(new BigDecimal("-2500.5"))).isEqualTo("\u2212€ 2.501");
        assertThat(DutchFormat.euroSigned(new BigDecimal("-2500.5"))).isEqualTo("\u2212€ 2.501");
    }

    @Test
    void roundsATieOfAPercentageAwayFromZero() {
        assertThat(DutchFormat.percent(new BigDecimal("12.25"))).isEqualTo("12,3%");
        assertThat(DutchFormat.percentSigned(new BigDecimal("-12.25"))).isEqualTo("\u221212,3%");
    }

    @Test
    void formatsSignedPercentagesWithOneDecimal() {
        assertThat(DutchFormat.percentSigned(new BigDecimal("16"))).isEqualTo("+16,0%");
        assertThat(DutchFormat.percentSigned(new BigDecimal("-100"))).isEqualTo("\u2212100,0%");
    }

    @Test
    void showsStoredNumbersInInputFieldsWithoutGroupingOrTrailingZeros() {
        assertThat(DutchFormat.forInput(new BigDecimal("1097211.500000"))).isEqualTo("1097211,5");
        assertThat(DutchFormat.forInput(new BigDecimal("1.2E+3"))).isEqualTo("1200");
    }

    @Test
    void showsNothingForAMissingValue() {
        assertThat(DutchFormat.euro(null)).isEmpty();
    }

    @Test
    void refusesToWriteOutANumberBeyondFortyDigitsInsteadOfWorkingForMinutes() {
        BigDecimal huge = new BigDecimal("1E+50000000");

        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThatThrownBy(() -> DutchFormat.forInput(huge))
                        .isInstanceOf(IllegalArgumentException.class));
    }
}
