package nl.maatstaf.engine;

import java.util.List;

/**
 * A task group's figures: its tasks in catalogue order, its outsourcing line, and the group
 * figures (cost = Σ task cost + outsourcing, fte = Σ task fte). Where {@code gaps} names a part,
 * the group figure is a subtotal without a total.
 */
public record GroupFigures(
        String groupCode, List<TaskFigures> tasks, OutsourcingFigures outsourcing, CostAndFte figures, Gaps gaps) {

    public GroupFigures {
        tasks = List.copyOf(tasks);
        gaps = gaps == null ? Gaps.NONE : gaps;
    }
}
