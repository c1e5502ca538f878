package nl.maatstaf.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
                "€1.097.211,50|AMOUNT|1097211.50",
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
}
