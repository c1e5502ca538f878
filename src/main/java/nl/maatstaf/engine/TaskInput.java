package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Questionnaire part A for one task. A field left empty means 0: an organisation that does not
 * perform a task simply has no formation or cost for it. A field marked unknown is not a value
 * here at all but a gap of the organisation's input ({@link InputGaps}).
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

    /** This input with the given components as 0, so an input marked unknown can never add a number. */
    public TaskInput without(Set<TaskComponent> components) {
        if (components.isEmpty()) {
            return this;
        }
        return new TaskInput(
                components.contains(TaskComponent.FTE) ? null : fte,
                components.contains(TaskComponent.LOONKOSTEN) ? null : loonkosten,
                components.contains(TaskComponent.INHUURKOSTEN) ? null : inhuurkosten,
                components.contains(TaskComponent.FTE_DERDEN) ? null : fteDerden,
                components.contains(TaskComponent.OPBRENGSTEN_DERDEN) ? null : opbrengstenDerden);
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
