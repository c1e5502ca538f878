package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HireCorrectionsTest {

    private static HireCorrection line(CorrectionKind kind, String amount) {
        return new HireCorrection("KCC", kind, new BigDecimal(amount), "reden");
    }

    @Test
    void correctionLinesLowerTheInhuurkostenByTheirSum() {
        BigDecimal corrected = HireCorrections.corrected(
                new BigDecimal("20000"),
                List.of(line(CorrectionKind.INCIDENTEEL, "5000"), line(CorrectionKind.BEZUINIGING, "2500")));

        assertThat(corrected).isEqualByComparingTo("12500");
    }

    @Test
    void withoutLinesTheInhuurkostenStayAsEntered() {
        assertThat(HireCorrections.corrected(new BigDecimal("20000"), List.of()))
                .isEqualByComparingTo("20000");
    }

    @Test
    void unknownInhuurkostenStayUnknown() {
        assertThat(HireCorrections.corrected(null, List.of(line(CorrectionKind.INCIDENTEEL, "5000"))))
                .isNull();
    }

    @Test
    void correctionsUpToTheInhuurkostenDoNotExceedThem() {
        assertThat(HireCorrections.exceeds(new BigDecimal("20000"), new BigDecimal("20000")))
                .isFalse();
        assertThat(HireCorrections.exceeds(new BigDecimal("20000"), new BigDecimal("20001")))
                .isTrue();
        assertThat(HireCorrections.exceeds(null, BigDecimal.ONE)).isTrue();
    }

    @Test
    void aCorrectionIsAPositiveAmount() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> line(CorrectionKind.INCIDENTEEL, "0"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
