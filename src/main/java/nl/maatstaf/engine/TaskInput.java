package nl.maatstaf.engine;

import java.math.BigDecimal;

/**
 * Questionnaire part A for one task. A field left empty means 0: an organisation that does not
 * perform a task simply has no formation or cost for it.
 */
public record TaskInput(
        BigDecimal fte,
        BigDecimal loonkosten,
        BigDecimal inhuurkosten,
        BigDecimal fteDerden,
        BigDecimal opbrengstenDerden) {

    public static final TaskInput EMPTY = new TaskInput(null, null, null, null, null);

    public TaskInput {
        fte = Decimals.orZero(fte);
        loonkosten = Decimals.orZero(loonkosten);
        inhuurkosten = Decimals.orZero(inhuurkosten);
        fteDerden = Decimals.orZero(fteDerden);
        opbrengstenDerden = Decimals.orZero(opbrengstenDerden);
    }

    /** Field-wise sum; used for the organisation's totals of the input components. */
    public TaskInput plus(TaskInput other) {
        return new TaskInput(
                fte.add(other.fte),
                loonkosten.add(other.loonkosten),
                inhuurkosten.add(other.inhuurkosten),
                fteDerden.add(other.fteDerden),
                opbrengstenDerden.add(other.opbrengstenDerden));
    }
}
