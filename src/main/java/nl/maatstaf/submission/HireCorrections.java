package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.List;

/** The arithmetic of correction lines on hired staff: plain, so validation and results agree. */
public final class HireCorrections {

    private HireCorrections() {}

    /** The sum of the lines' amounts; zero without lines. */
    public static BigDecimal total(List<HireCorrection> corrections) {
        return corrections.stream().map(HireCorrection::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The inhuurkosten the benchmark counts: as entered minus the task's corrections. Unknown
     * inhuurkosten stay unknown, whatever the lines say; without lines the amount is as entered.
     */
    public static BigDecimal corrected(BigDecimal entered, List<HireCorrection> corrections) {
        if (entered == null || corrections.isEmpty()) {
            return entered;
        }
        return entered.subtract(total(corrections));
    }

    /** Whether lines add up to more than the inhuurkosten they correct (unknown counts as none). */
    public static boolean exceeds(BigDecimal entered, BigDecimal correctionTotal) {
        BigDecimal base = entered == null ? BigDecimal.ZERO : entered;
        return correctionTotal.compareTo(base) > 0;
    }
}
