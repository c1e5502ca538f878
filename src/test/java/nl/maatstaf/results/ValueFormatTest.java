package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The results pages' formats round half away from zero, on the unrounded value. */
class ValueFormatTest {

    private static final Texts TEXTS = new Texts(ResultsFixtures.messages(), ResultsReports.DUTCH);

    @Test
    void anFteFigureOfExactlyFourPoint375IsShownAs438() {
        assertThat(ValueFormat.FTE.value(new BigDecimal("4.375"))).isEqualTo("4,38");
        assertThat(ValueFormat.DECIMAL.value(new BigDecimal("-4.375"))).isEqualTo("\u22124,38");
    }

    @Test
    void aDeviationOfExactlyMinusFourPoint375IsShownAsMinus438() {
        assertThat(ValueFormat.FTE.deviation(new BigDecimal("-4.375"), TEXTS)).isEqualTo("\u22124,38");
        assertThat(ValueFormat.FTE.deviation(new BigDecimal("4.365"), TEXTS)).isEqualTo("+4,37");
    }

    @Test
    void euroAndPercentFiguresRoundTheirTiesAwayFromZero() {
        assertThat(ValueFormat.EURO.value(new BigDecimal("2624.5"))).isEqualTo("€ 2.625");
        assertThat(ValueFormat.EURO.deviation(new BigDecimal("-0.5"), TEXTS)).isEqualTo("\u2212€ 1");
        assertThat(ValueFormat.PERCENT.value(new BigDecimal("33.25"))).isEqualTo("33,3%");
    }

    @Test
    void aSuppliedNumberWithDecimalsIsRoundedAwayFromZero() {
        assertThat(ValueFormat.number(new BigDecimal("0.125"))).isEqualTo("0,13");
    }

    @Test
    void theReportFormatsAreThePagesFormats() {
        assertThat(ResultsReport.Format.FTE.text(new BigDecimal("4.375"))).isEqualTo("4,38");
        assertThat(ResultsReport.Format.DECIMAL.text(new BigDecimal("-4.375"))).isEqualTo("\u22124,38");
    }
}
