package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.CostAndFte;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.Gaps;
import nl.maatstaf.engine.GroupFigures;
import nl.maatstaf.engine.TaskFigures;
import nl.maatstaf.engine.TaskInput;

/** The Kosten tab: per group its tasks and outsourcing line, then the total, with explanations. */
final class CostTable extends GroupedTable {

    private static final ValueFormat FORMAT = ValueFormat.EURO;

    CostTable(ModuleCatalog module, Comparison comparison, ModuleUnits units, Texts texts, ReferenceTexts references) {
        super(module, comparison, units, texts, references);
    }

    @Override
    FigureRow taskRow(TaskGroup group, Task task, TaskFigures figures) {
        if (!figures.gaps().costKnown()) {
            return unknownRow(
                    FigureRow.Kind.TASK,
                    group.code(),
                    texts.of(task.name()),
                    gapTexts.word(figures.gaps().cost()),
                    FigureId.taskCostPerUnit(task.code()),
                    texts.get("results.explain.taskCostName", texts.of(task.name()), units.singular()));
        }
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
                Gaps.NONE,
                FigureId.taskCostPerUnit(task.code()),
                step,
                texts.get("results.explain.taskCostName", texts.of(task.name()), units.singular()));
    }

    @Override
    Optional<FigureRow> afterTasks(TaskGroup group, GroupFigures figures) {
        return Optional.of(outsourcingRow(group, figures));
    }

    @Override
    String groupTotal(GroupFigures figures) {
        return DutchFormat.euro(figures.figures().cost());
    }

    private FigureRow outsourcingRow(TaskGroup group, GroupFigures figures) {
        BigDecimal cost = figures.outsourcing().cost();
        ComparisonLine line = comparison.line(FigureId.outsourcingCostPerUnit(group.code()));
        String figureName = texts.get("results.explain.outsourcingName", texts.of(group.name()), units.singular());
        if (!figures.outsourcing().known()) {
            return unknownRow(
                    FigureRow.Kind.OUTSOURCING,
                    group.code(),
                    texts.get("results.row.outsourcing"),
                    gapTexts.word(figures.outsourcing().unknown().orElseThrow()),
                    FigureId.outsourcingCostPerUnit(group.code()),
                    figureName);
        }
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

    @Override
    FigureRow groupRow(TaskGroup group, GroupFigures figures) {
        BigDecimal taskCosts = BigDecimal.ZERO;
        for (TaskFigures task : figures.tasks()) {
            taskCosts = taskCosts.add(task.figures().cost());
        }
        String tasks = DutchFormat.euro(taskCosts);
        String step = figures.memberCapacityLine()
                .map(capacity -> texts.get(
                        "results.explain.groupCostWithMembers",
                        tasks,
                        DutchFormat.euro(figures.outsourcing().cost()),
                        DutchFormat.euro(capacity.cost()),
                        DutchFormat.euro(figures.figures().cost())))
                .orElseGet(() -> texts.get(
                        "results.explain.groupCost",
                        tasks,
                        DutchFormat.euro(figures.outsourcing().cost()),
                        DutchFormat.euro(figures.figures().cost())));
        return row(
                FigureRow.Kind.GROUP,
                group.code(),
                texts.of(group.name()),
                figures.figures(),
                figures.gaps(),
                FigureId.groupCostPerUnit(group.code()),
                step,
                texts.get("results.explain.groupCostName", texts.of(group.name()), units.singular()));
    }

    @Override
    FigureRow memberCapacityRow(TaskGroup group, CostAndFte capacity) {
        List<String> steps = List.of(
                texts.get("results.explain.memberCapacityCost", DutchFormat.euro(capacity.cost())),
                perUnitStep(capacity.cost(), capacity.costPerUnit()));
        return new FigureRow(
                FigureRow.Kind.MEMBER_CAPACITY,
                group.code(),
                texts.get("results.row.memberCapacity"),
                DutchFormat.euro(capacity.cost()),
                FORMAT.value(capacity.costPerUnit()),
                noOwnReference(),
                new Explanation(steps, texts.get("results.explain.memberCapacityReference", texts.of(group.name()))));
    }

    @Override
    FigureRow totalRow(CostAndFte total, Gaps gaps, List<String> groupCosts) {
        String step =
                texts.get("results.explain.totalCost", String.join(" + ", groupCosts), DutchFormat.euro(total.cost()));
        return row(
                FigureRow.Kind.TOTAL,
                null,
                texts.get("results.row.total"),
                total,
                gaps,
                FigureId.totalCostPerUnit(),
                step,
                texts.get("results.explain.totalCostName", units.singular()));
    }

    private FigureRow row(
            FigureRow.Kind kind,
            String groupCode,
            String label,
            CostAndFte figures,
            Gaps gaps,
            FigureId figure,
            String firstStep,
            String figureName) {
        ComparisonLine line = comparison.line(figure);
        if (!gaps.costKnown()) {
            // A subtotal without a total: the known parts add up, the per-unit figure cannot be given.
            String note = gapTexts.note(gaps.cost());
            return FigureRow.subtotal(
                    kind,
                    groupCode,
                    label,
                    gapTexts.subtotal(DutchFormat.euro(figures.cost())),
                    gapTexts.undetermined(),
                    references.cells(line, FORMAT),
                    new Explanation(List.of(note, firstStep), references.explanation(line, FORMAT, figureName)),
                    note);
        }
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

    /** A task or line whose own cost is not known: the word instead of amounts, the reference as usual. */
    private FigureRow unknownRow(
            FigureRow.Kind kind, String groupCode, String label, String word, FigureId figure, String figureName) {
        ComparisonLine line = comparison.line(figure);
        return new FigureRow(
                kind,
                groupCode,
                label,
                word,
                word,
                references.cells(line, FORMAT),
                new Explanation(
                        List.of(texts.get("results.explain.unknown", label, word)),
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
