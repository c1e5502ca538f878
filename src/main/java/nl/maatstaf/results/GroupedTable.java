package nl.maatstaf.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.CostAndFte;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.Gaps;
import nl.maatstaf.engine.GroupFigures;
import nl.maatstaf.engine.OrganisationFigures;
import nl.maatstaf.engine.TaskFigures;

/**
 * A table of the Kosten or Formatie tab: per group its row, its tasks and what else the table
 * shows of the group, then the total. The tables differ only in what each row says.
 */
abstract class GroupedTable {

    final ModuleCatalog module;
    final Comparison comparison;
    final ModuleUnits units;
    final Texts texts;
    final ReferenceTexts references;
    final GapTexts gapTexts;

    GroupedTable(
            ModuleCatalog module, Comparison comparison, ModuleUnits units, Texts texts, ReferenceTexts references) {
        this.module = module;
        this.comparison = comparison;
        this.units = units;
        this.texts = texts;
        this.references = references;
        this.gapTexts = new GapTexts(module, texts);
    }

    final List<FigureRow> rows() {
        OrganisationFigures own = comparison.own();
        List<FigureRow> rows = new ArrayList<>();
        List<String> groupTotals = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            GroupFigures figures = own.group(group.code());
            rows.add(groupRow(group, figures).withCode(group.code()));
            for (Task task : group.tasks()) {
                rows.add(taskRow(group, task, own.task(task.code())).withCode(task.code()));
            }
            afterTasks(group, figures).map(row -> row.withCode(group.code())).ifPresent(rows::add);
            figures.memberCapacityLine().ifPresent(capacity -> rows.add(memberCapacityRow(group, capacity)));
            groupTotals.add(groupTotal(figures));
        }
        rows.add(totalRow(own.total(), own.totalGaps(), groupTotals).withCode(FigureId.TOTAL));
        return rows;
    }

    abstract FigureRow groupRow(TaskGroup group, GroupFigures figures);

    abstract FigureRow taskRow(TaskGroup group, Task task, TaskFigures figures);

    /** A row after the group's tasks, such as the outsourcing line of the costs. */
    Optional<FigureRow> afterTasks(TaskGroup group, GroupFigures figures) {
        return Optional.empty();
    }

    /**
     * The cooperation's capacity at its member municipalities under its group: its own figures,
     * counted in the group's, with no reference of its own.
     */
    abstract FigureRow memberCapacityRow(TaskGroup group, CostAndFte capacity);

    /** The reference cells of a figure that has no reference of its own. */
    final ReferenceCells noOwnReference() {
        return new ReferenceCells(false, "", "", "", 0, texts.get("results.noOwnReference"));
    }

    /** The group's total as shown in the explanation of the table's total. */
    abstract String groupTotal(GroupFigures figures);

    /** @param groupTotals each group's {@link #groupTotal}, in order */
    abstract FigureRow totalRow(CostAndFte total, Gaps gaps, List<String> groupTotals);
}
