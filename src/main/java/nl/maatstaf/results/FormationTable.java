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
import nl.maatstaf.engine.Gaps;
import nl.maatstaf.engine.GroupFigures;
import nl.maatstaf.engine.TaskFigures;
import nl.maatstaf.engine.TaskInput;

/**
 * The Formatie tab: net fte per group and task, then the total. Outsourced tasks have no fte (the
 * staff are not the organisation's), so this table has no outsourcing line.
 */
final class FormationTable extends GroupedTable {

    private static final ValueFormat FORMAT = ValueFormat.FTE;

    FormationTable(
            ModuleCatalog module, Comparison comparison, ModuleUnits units, Texts texts, ReferenceTexts references) {
        super(module, comparison, units, texts, references);
    }

    @Override
    String groupTotal(GroupFigures figures) {
        return fte(figures.figures().fte());
    }

    @Override
    FigureRow totalRow(CostAndFte total, Gaps gaps, List<String> groupFte) {
        return row(
                FigureRow.Kind.TOTAL,
                null,
                texts.get("results.row.total"),
                total,
                gaps,
                FigureId.totalFtePer100Units(),
                texts.get("results.explain.totalFte", String.join(" + ", groupFte), fte(total.fte())),
                texts.get("results.explain.totalFteName", units.plural()));
    }

    @Override
    FigureRow taskRow(TaskGroup group, Task task, TaskFigures figures) {
        if (!figures.gaps().fteKnown()) {
            String word = gapTexts.word(figures.gaps().fte());
            ComparisonLine line = comparison.line(FigureId.taskFtePer100Units(task.code()));
            String name = texts.of(task.name());
            return new FigureRow(
                    FigureRow.Kind.TASK,
                    group.code(),
                    name,
                    word,
                    word,
                    references.cells(line, FORMAT),
                    new Explanation(
                            List.of(texts.get("results.explain.unknown", name, word)),
                            references.explanation(
                                    line, FORMAT, texts.get("results.explain.taskFteName", name, units.plural()))));
        }
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
                Gaps.NONE,
                FigureId.taskFtePer100Units(task.code()),
                step,
                texts.get("results.explain.taskFteName", texts.of(task.name()), units.plural()));
    }

    @Override
    FigureRow groupRow(TaskGroup group, GroupFigures figures) {
        List<String> taskFte = new ArrayList<>();
        for (TaskFigures task : figures.tasks()) {
            taskFte.add(fte(task.figures().fte()));
        }
        String step = figures.memberCapacityLine()
                .map(capacity -> texts.get(
                        "results.explain.groupFteWithMembers",
                        String.join(" + ", taskFte),
                        fte(capacity.fte()),
                        fte(figures.figures().fte())))
                .orElseGet(() -> texts.get(
                        "results.explain.groupFte",
                        String.join(" + ", taskFte),
                        fte(figures.figures().fte())));
        return row(
                FigureRow.Kind.GROUP,
                group.code(),
                texts.of(group.name()),
                figures.figures(),
                figures.gaps(),
                FigureId.groupFtePer100Units(group.code()),
                step,
                texts.get("results.explain.groupFteName", texts.of(group.name()), units.plural()));
    }

    @Override
    FigureRow memberCapacityRow(TaskGroup group, CostAndFte capacity) {
        List<String> steps = List.of(
                texts.get("results.explain.memberCapacityFte", fte(capacity.fte())),
                texts.get(
                        "results.explain.ftePer100",
                        units.plural(),
                        fte(capacity.fte()),
                        units.volumeText(),
                        FORMAT.value(capacity.ftePer100Units())));
        return new FigureRow(
                FigureRow.Kind.MEMBER_CAPACITY,
                group.code(),
                texts.get("results.row.memberCapacity"),
                fte(capacity.fte()),
                FORMAT.value(capacity.ftePer100Units()),
                noOwnReference(),
                new Explanation(steps, texts.get("results.explain.memberCapacityReference", texts.of(group.name()))));
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
        if (!gaps.fteKnown()) {
            // A subtotal without a total: the known parts add up, the per-unit figure cannot be given.
            String note = gapTexts.note(gaps.fte());
            return FigureRow.subtotal(
                    kind,
                    groupCode,
                    label,
                    gapTexts.subtotal(fte(figures.fte())),
                    gapTexts.undetermined(),
                    references.cells(line, FORMAT),
                    new Explanation(List.of(note, firstStep), references.explanation(line, FORMAT, figureName)),
                    note);
        }
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
