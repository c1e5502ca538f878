package nl.maatstaf.engine;

import java.util.List;
import java.util.Optional;

/**
 * A task group's figures: its tasks in catalogue order, its outsourcing line, the capacity at a
 * cooperation's member municipalities, and the group figures (cost = Σ task cost + outsourcing +
 * member capacity cost, fte = Σ task fte + member capacity fte). Where {@code gaps} names a part,
 * the group figure is a subtotal without a total.
 *
 * @param memberCapacity the sub-line of capacity at member municipalities, with per-unit values
 *     for display only (it has no reference of its own); null when none was reported
 */
public record GroupFigures(
        String groupCode,
        List<TaskFigures> tasks,
        OutsourcingFigures outsourcing,
        CostAndFte figures,
        Gaps gaps,
        CostAndFte memberCapacity) {

    public GroupFigures {
        tasks = List.copyOf(tasks);
        gaps = gaps == null ? Gaps.NONE : gaps;
    }

    public GroupFigures(String groupCode, List<TaskFigures> tasks, OutsourcingFigures outsourcing, CostAndFte figures) {
        this(groupCode, tasks, outsourcing, figures, Gaps.NONE, null);
    }

    /** The capacity at member municipalities, when the cooperation reported any for this group. */
    public Optional<CostAndFte> memberCapacityLine() {
        return Optional.ofNullable(memberCapacity);
    }
}
