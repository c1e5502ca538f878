package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of a module's comparable figures. Comparisons work on plain arrays in this order, so
 * {@link #figureIds} and {@link #values} must walk the figures identically: per group its tasks
 * (cost, fte), its outsourcing line, the group (cost, fte); then the total (cost, fte); then the
 * derived indicators.
 */
final class FigureLayout {

    private FigureLayout() {}

    static List<FigureId> figureIds(ModuleDefinition definition) {
        List<FigureId> ids = new ArrayList<>();
        for (GroupDefinition group : definition.groups()) {
            for (String taskCode : group.taskCodes()) {
                ids.add(FigureId.taskCostPerUnit(taskCode));
                ids.add(FigureId.taskFtePer100Units(taskCode));
            }
            ids.add(FigureId.outsourcingCostPerUnit(group.code()));
            ids.add(FigureId.groupCostPerUnit(group.code()));
            ids.add(FigureId.groupFtePer100Units(group.code()));
        }
        ids.add(FigureId.totalCostPerUnit());
        ids.add(FigureId.totalFtePer100Units());
        for (DerivedIndicatorDefinition indicator : definition.derivedIndicators()) {
            ids.add(FigureId.derivedIndicator(indicator.code()));
        }
        return List.copyOf(ids);
    }

    /**
     * The figures' values in layout order; {@code null} marks an undefined derived indicator and a
     * figure that an unknown input leaves undetermined, so the organisation is left out of exactly
     * that figure's reference.
     */
    static BigDecimal[] values(OrganisationFigures figures, int figureCount) {
        BigDecimal[] values = new BigDecimal[figureCount];
        int i = 0;
        for (GroupFigures group : figures.groups()) {
            for (TaskFigures task : group.tasks()) {
                values[i++] = task.gaps().costKnown() ? task.figures().costPerUnit() : null;
                values[i++] = task.gaps().fteKnown() ? task.figures().ftePer100Units() : null;
            }
            values[i++] = group.outsourcing().known() ? group.outsourcing().costPerUnit() : null;
            values[i++] = group.gaps().costKnown() ? group.figures().costPerUnit() : null;
            values[i++] = group.gaps().fteKnown() ? group.figures().ftePer100Units() : null;
        }
        values[i++] = figures.totalGaps().costKnown() ? figures.total().costPerUnit() : null;
        values[i++] = figures.totalGaps().fteKnown() ? figures.total().ftePer100Units() : null;
        for (DerivedIndicatorValue indicator : figures.derivedIndicators()) {
            values[i++] = indicator.value().orElse(null);
        }
        return values;
    }
}
