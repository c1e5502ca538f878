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

/** The Kosten tab: per group its tasks and outsourcing line, then the total, with explanations. */
final class CostTable {

    private static final ValueFormat FORMAT = ValueFormat.EURO;

    private final ModuleCatalog module;
    private final Comparison comparison;
    private final ModuleUnits units;
    private final Texts texts;
    private final ReferenceTexts references;

    CostTable(ModuleCatalog module, Comparison comparison, ModuleUnits units, Texts texts, ReferenceTexts references) {
        this.module = module;
        this.comparison = comparison;
        this.units = units;
        this.texts = texts;
        this.references = references;
    }

    List<FigureRow> rows() {
        OrganisationFigures own = comparison.own();
        List<FigureRow> rows = new ArrayList<>();
        List<String> groupCosts = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            GroupFigures figures = own.group(group.code());
            rows.add(groupRow(group, figures));
            for (Task task : group.tasks()) {
                rows.add(taskRow(group, task, own.task(task.code())));
            }
            rows.add(outsourcingRow(group, figures));
            groupCosts.add(DutchFormat.euro(figures.figures().cost()));
        }
        rows.add(totalRow(own.total(), groupCosts));
        return rows;
    }

    private FigureRow taskRow(TaskGroup group, Task task, TaskFigures figures) {
        TaskInput input = figures.input();
        CostAndFte cost = figures.figures();
        String step = texts.get(
                "results.explain.taskCost",
                DutchFormat.euro(input.loonkosten()),
                DutchFormat.euro(input.inhuurkosten()),
                DutchFormat.euro(input.opbrengstenDerden()),
                DutchFormat.euro(cost.cost()));
        return row(
                FigureRow.Kind.TASK,
                group.code(),
                texts.of(task.name()),
                cost,
                FigureId.taskCostPerUnit(task.code()),
                step,
                texts.get("results.explain.taskCostName", texts.of(task.name()), units.singular()));
    }

    private FigureRow outsourcingRow(TaskGroup group, GroupFigures figures) {
        BigDecimal cost = figures.outsourcing().cost();
        ComparisonLine line = comparison.line(FigureId.outsourcingCostPerUnit(group.code()));
        String figureName = texts.get("results.explain.outsourcingName", texts.of(group.name()), units.singular());
        List<String> steps = List.of(
                texts.get("results.explain.outsourcing", DutchFormat.euro(cost)),
                perUnitStep(cost, figures.outsourcing().costPerUnit()));
        return new FigureRow(
                FigureRow.Kind.OUTSOURCING,
                group.code(),
                texts.get("results.row.outsourcing"),
                DutchFormat.euro(cost),
                FORMAT.value(figures.outsourcing().costPerUnit()),
                references.cells(line, FORMAT),
                new Explanation(steps, references.explanation(line, FORMAT, figureName)));
    }

    private FigureRow groupRow(TaskGroup group, GroupFigures figures) {
        BigDecimal taskCosts = BigDecimal.ZERO;
        for (TaskFigures task : figures.tasks()) {
            taskCosts = taskCosts.add(task.figures().cost());
        }
        String step = texts.get(
                "results.explain.groupCost",
                DutchFormat.euro(taskCosts),
                DutchFormat.euro(figures.outsourcing().cost()),
                DutchFormat.euro(figures.figures().cost()));
        return row(
                FigureRow.Kind.GROUP,
                group.code(),
                texts.of(group.name()),
                figures.figures(),
                FigureId.groupCostPerUnit(group.code()),
                step,
                texts.get("results.explain.groupCostName", texts.of(group.name()), units.singular()));
    }

    private FigureRow totalRow(CostAndFte total, List<String> groupCosts) {
        String step =
                texts.get("results.explain.totalCost", String.join(" + ", groupCosts), DutchFormat.euro(total.cost()));
        return row(
                FigureRow.Kind.TOTAL,
                null,
                texts.get("results.row.total"),
                total,
                FigureId.totalCostPerUnit(),
                step,
                texts.get("results.explain.totalCostName", units.singular()));
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
        return new FigureRow(
                kind,
                groupCode,
                label,
                DutchFormat.euro(figures.cost()),
                FORMAT.value(figures.costPerUnit()),
                references.cells(line, FORMAT),
                new Explanation(
                        List.of(firstStep, perUnitStep(figures.cost(), figures.costPerUnit())),
                        references.explanation(line, FORMAT, figureName)));
    }

    private String perUnitStep(BigDecimal cost, BigDecimal perUnit) {
        return texts.get(
                "results.explain.costPerUnit",
                units.singular(),
                DutchFormat.euro(cost),
                units.volumeText(),
                DutchFormat.euro(perUnit));
    }
}
