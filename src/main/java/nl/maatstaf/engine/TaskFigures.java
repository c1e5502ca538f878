package nl.maatstaf.engine;

/**
 * One task's figures together with the input they came from, so that a page can explain the net
 * cost (loonkosten + inhuurkosten − opbrengsten derden) and net fte (fte − fte voor derden).
 * Where {@code gaps} names a part, that figure is the subtotal of the known inputs only.
 */
public record TaskFigures(String taskCode, TaskInput input, CostAndFte figures, Gaps gaps) {

    public TaskFigures {
        gaps = gaps == null ? Gaps.NONE : gaps;
    }

    public TaskFigures(String taskCode, TaskInput input, CostAndFte figures) {
        this(taskCode, input, figures, Gaps.NONE);
    }
}
