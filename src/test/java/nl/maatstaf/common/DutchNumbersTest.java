package nl.maatstaf.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchNumbersTest {

    @ParameterizedTest(name = "{0} as {1} reads {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "13,6|DECIMAL|13.6",
                "13.6|DECIMAL|13.6",
                "1.097.211|AMOUNT|1097211",
                "€ 1.097.211|AMOUNT|1097211",
                "€1.097.211,50|DECIMAL|1097211.50",
                "€ 1.097.211,-|AMOUNT|1097211",
                "1.097.211,--|AMOUNT|1097211",
                "1.234,00|AMOUNT|1234",
                "-250,-|AMOUNT|-250",
                "1.500|AMOUNT|1500",
                "1500|COUNT|1500",
                "0,5|DECIMAL|0.5",
                ",5|DECIMAL|0.5",
                "  42  |COUNT|42",
                "-250|AMOUNT|-250",
                "EUR 300|AMOUNT|300",
                "1 097 211|AMOUNT|1097211"
            })
    void readsDutchAndPlainNotations(String input, NumberKind kind, String expected) {
        assertThat(DutchNumbers.parse(input, kind).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12,3,4", "1,2.3", "12a", "€", "--5", "1.2.3,4,5"})
    void rejectsTextThatIsNotANumber(String input) {
        ParsedNumber parsed = DutchNumbers.parse(input, NumberKind.AMOUNT);

        assertThat(parsed.isError()).isTrue();
        assertThat(parsed.value()).isNull();
    }

    @Test
    void refusesADotWithThreeDigitsInADecimalFieldAsAmbiguous() {
        assertThat(DutchNumbers.parse("1.500", NumberKind.DECIMAL).errorKey()).isEqualTo(DutchNumbers.ERROR_AMBIGUOUS);
    }

    @ParameterizedTest(name = "{0} as an amount is refused: amounts are whole euros")
    @ValueSource(strings = {"1,234", "13,6", "13.6", "1.097.211,50", "€ 0,5"})
    void refusesAEuroAmountWithAFractionInsteadOfStoringPartOfAEuro(String input) {
        ParsedNumber parsed = DutchNumbers.parse(input, NumberKind.AMOUNT);

        assertThat(parsed.errorKey()).isEqualTo(DutchNumbers.ERROR_AMOUNT_NOT_WHOLE);
        assertThat(parsed.value()).isNull();
    }

    @Test
    void readsACommaWithThreeDigitsAsDecimalsInAnFteField() {
        assertThat(DutchNumbers.parse("1,234", NumberKind.DECIMAL).value()).isEqualByComparingTo("1.234");
    }

    @Test
    void refusesADashWithoutAmountAsNotANumber() {
        assertThat(DutchNumbers.parse("€ ,-", NumberKind.AMOUNT).errorKey()).isEqualTo(DutchNumbers.ERROR_NOT_A_NUMBER);
    }

    @Test
    void refusesBadlyPlacedThousandSeparators() {
        assertThat(DutchNumbers.parse("1.09.211", NumberKind.AMOUNT).errorKey()).isEqualTo(DutchNumbers.ERROR_GROUPING);
    }

    @Test
    void treatsBlankInputAsEmptyNotAsAnError() {
        ParsedNumber parsed = DutchNumbers.parse("   ", NumberKind.AMOUNT);

        assertThat(parsed.isEmpty()).isTrue();
        assertThat(parsed.isError()).isFalse();
    }

    @Test
    void refusesAbsurdlyLongInput() {
        assertThat(DutchNumbers.parse("9".repeat(100), NumberKind.AMOUNT).errorKey())
                .isEqualTo(DutchNumbers.ERROR_TOO_LONG);
    }

    // Abuse resistance: numbers beyond what can be typed

    @ParameterizedTest
    @ValueSource(strings = {"1E+50000000", "1E+2147483647", "1e400", "1,5E+9", "1 E 5"})
    void refusesTypedExponentsAsNotANumberAtOnce(String input) {
        ParsedNumber parsed =
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> DutchNumbers.parse(input, NumberKind.AMOUNT));

        assertThat(parsed.errorKey()).isEqualTo(DutchNumbers.ERROR_NOT_A_NUMBER);
    }

    @Test
    void refusesTypedTextOfMoreThanFortyCharactersBeforeReadingIt() {
        assertThat(DutchNumbers.parse("9".repeat(41), NumberKind.COUNT).errorKey())
                .isEqualTo(DutchNumbers.ERROR_TOO_LONG);
        assertThat(DutchNumbers.parse("9".repeat(40), NumberKind.COUNT).value()).isEqualByComparingTo("9".repeat(40));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+50000000", "1E+2147483647", "1E-2147483647", "-1E+41", "1E-40", "0E+2147483647"})
    void holdsReadyMadeNumbersBeyondFortyDigitsOutOfBoundsAtOnce(String number) {
        BigDecimal value = new BigDecimal(number);

        boolean within = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> DutchNumbers.withinBounds(value));

        assertThat(within).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13.6", "1E+39", "-1E+39", "1E-39", "123456.123456789123", "1097211.50", "0.00"})
    void keepsReadyMadeNumbersOfAtMostFortyDigitsWithinBounds(String number) {
        assertThat(DutchNumbers.withinBounds(new BigDecimal(number))).isTrue();
    }
}
