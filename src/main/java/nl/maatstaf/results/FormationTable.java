package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.CostAndFte;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.GroupFigures;
import nl.maatstaf.engine.OrganisationFigures;
import nl.maatstaf.engine.TaskFigures;
import nl.maatstaf.engine.TaskInput;

/**
 * The Formatie tab: net fte per group and task, then the total. Outsourced tasks have no fte (the
 * staff are not the organisation's), so this table has no outsourcing line.
 */
final class FormationTable {

    private static final ValueFormat FORMAT = ValueFormat.FTE;

    private final ModuleCatalog module;
    private final Comparison comparison;
    private final ModuleUnits units;
    private final Texts texts;
    private final ReferenceTexts references;

    FormationTable(
            ModuleCatalog module, Comparison comparison, ModuleUnits units, Texts texts, ReferenceTexts references) {
        this.module = module;
        this.comparison = comparison;
        this.units = units;
        this.texts = texts;
        this.references = references;
    }

    List<FigureRow> rows() {
        OrganisationFigures own = comparison.own();
        List<FigureRow> rows = new ArrayList<>();
        List<String> groupFte = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            GroupFigures figures = own.group(group.code());
            rows.add(groupRow(group, figures));
            for (Task task : group.tasks()) {
                rows.add(taskRow(group, task, own.task(task.code())));
            }
            groupFte.add(fte(figures.figures().fte()));
        }
        CostAndFte total = own.total();
        rows.add(row(
                FigureRow.Kind.TOTAL,
                null,
                texts.get("results.row.total"),
                total,
                FigureId.totalFtePer100Units(),
                texts.get("results.explain.totalFte", String.join(" + ", groupFte), fte(total.fte())),
                texts.get("results.explain.totalFteName", units.plural())));
        return rows;
    }

    private FigureRow taskRow(TaskGroup group, Task task, TaskFigures figures) {
        TaskInput input = figures.input();
        String step = texts.get(
                "results.explain.taskFte",
                fte(input.fte()),
                fte(input.fteDerden()),
                fte(figures.figures().fte()));
        return row(
                FigureRow.Kind.TASK,
                group.code(),
                texts.of(task.name()),
                figures.figures(),
                FigureId.taskFtePer100Units(task.code()),
                step,
                texts.get("results.explain.taskFteName", texts.of(task.name()), units.plural()));
    }

    private FigureRow groupRow(TaskGroup group, GroupFigures figures) {
        List<String> taskFte = new ArrayList<>();
        for (TaskFigures task : figures.tasks()) {
            taskFte.add(fte(task.figures().fte()));
        }
        String step = texts.get(
                "results.explain.groupFte",
                String.join(" + ", taskFte),
                fte(figures.figures().fte()));
        return row(
                FigureRow.Kind.GROUP,
                group.code(),
                texts.of(group.name()),
                figures.figures(),
                FigureId.groupFtePer100Units(group.code()),
                step,
                texts.get("results.explain.groupFteName", texts.of(group.name()), units.plural()));
    }

    private FigureRow row(
            FigureRow.Kind kind,
            String groupCode,
            String label,
            CostAndFte figures,
            FigureId figure,
            String firstStep,
            String figureName) {
        ComparisonLine line = comparison.line(figure);
        String perUnitStep = texts.get(
                "results.explain.ftePer100",
                units.plural(),
                fte(figures.fte()),
                units.volumeText(),
                FORMAT.value(figures.ftePer100Units()));
        return new FigureRow(
                kind,
                groupCode,
                label,
                fte(figures.fte()),
                FORMAT.value(figures.ftePer100Units()),
                references.cells(line, FORMAT),
                new Explanation(List.of(firstStep, perUnitStep), references.explanation(line, FORMAT, figureName)));
    }

    private static String fte(BigDecimal value) {
        return DutchFormat.decimal(value, 2);
    }
}
