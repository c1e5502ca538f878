package nl.maatstaf.catalog;

import java.math.BigDecimal;
import nl.maatstaf.common.DutchFormat;

/**
 * When a change against the organisation's submission of the previous peiljaar asks for an
 * explanation: more than half up or down, and also at least a minimum in absolute terms. For a
 * small task 0,1 to 0,2 fte or € 10.000 to € 20.000 doubles, yet moves no benchmark figure and asks
 * for an explanation nobody needs. The minimums are about half an employee, a quarter of a year's
 * wage cost of one fte (the lower wage bound of € 40.000), and ten units of the hoofdfactor
 * (clients, decisions, benefits), below which a change is noise in any municipality.
 *
 * <p>The questionnaire's validation applies these limits; the toelichting and the warning texts
 * quote them, so what a participant reads is what triggers a warning.
 */
public final class ChangeWarnings {

    /** The relative limit as a fraction: more than 0,5 (50%) warns. */
    public static final BigDecimal RELATIVE_LIMIT = new BigDecimal("0.5");

    /** The least change of a task's net formation that warns, in fte. */
    public static final BigDecimal MINIMUM_FTE_CHANGE = new BigDecimal("0.5");

    /** The least change of a task's net cost that warns, in euros. */
    public static final BigDecimal MINIMUM_COST_CHANGE = new BigDecimal("25000");

    /** The least change of the hoofdfactor that warns, in its units. */
    public static final BigDecimal MINIMUM_HOOFDFACTOR_CHANGE = BigDecimal.TEN;

    private ChangeWarnings() {}

    /** The relative limit as shown: {@code 50%}. */
    public static String relativeLimitText() {
        return DutchFormat.decimal(RELATIVE_LIMIT.movePointRight(2), 0) + "%";
    }

    /** The fte minimum as shown: {@code 0,5 fte}. */
    public static String minimumFteText() {
        return DutchFormat.forInput(MINIMUM_FTE_CHANGE) + " fte";
    }

    /** The cost minimum as shown: {@code € 25.000}. */
    public static String minimumCostText() {
        return DutchFormat.euro(MINIMUM_COST_CHANGE);
    }

    /** The hoofdfactor minimum as shown: {@code 10}. */
    public static String minimumHoofdfactorText() {
        return DutchFormat.decimal(MINIMUM_HOOFDFACTOR_CHANGE, 0);
    }
}
