package nl.maatstaf.engine;

import java.util.List;

/**
 * A task group's figures: its tasks in catalogue order, its outsourcing line, and the group
 * figures (cost = Σ task cost + outsourcing, fte = Σ task fte).
 */
public record GroupFigures(
        String groupCode, List<TaskFigures> tasks, OutsourcingFigures outsourcing, CostAndFte figures) {

    public GroupFigures {
        tasks = List.copyOf(tasks);
    }
}
