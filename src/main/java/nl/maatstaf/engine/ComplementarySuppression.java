package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary suppression over the sums a module's figures form (decision 0009). Per organisation
 * every per-unit figure of a group is the sum of its tasks' figures and its outsourcing line, and
 * the total is the sum of the groups; the means over one reference group add up the same way. So
 * when exactly one figure of such a sum is withheld, it equals the shown total minus the shown
 * parts. This withholds a second figure of every such sum until no sum has exactly one withheld
 * figure: a part rather than the sum's total, preferably one that is in no other sum (a task or
 * outsourcing line), then the one with the smallest reference, so that as little as possible is
 * lost and the totals people look at first stay.
 */
final class ComplementarySuppression {

    private final List<int[]> sums;
    private final boolean[] inOneSumOnly;

    private ComplementarySuppression(List<int[]> sums, int figureCount) {
        this.sums = sums;
        int[] memberships = new int[figureCount];
        for (int[] sum : sums) {
            for (int figure : sum) {
                memberships[figure]++;
            }
        }
        this.inOneSumOnly = new boolean[figureCount];
        for (int figure = 0; figure < figureCount; figure++) {
            inOneSumOnly[figure] = memberships[figure] == 1;
        }
    }

    /** The sums among the module's figures, as positions in {@link FigureLayout} order. */
    static ComplementarySuppression of(ModuleDefinition module) {
        List<FigureId> ids = FigureLayout.figureIds(module);
        Map<FigureId, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<int[]> sums = new ArrayList<>();
        List<Integer> groupCosts = new ArrayList<>();
        List<Integer> groupFtes = new ArrayList<>();
        for (GroupDefinition group : module.groups()) {
            List<Integer> cost = new ArrayList<>();
            List<Integer> fte = new ArrayList<>();
            cost.add(position.get(FigureId.groupCostPerUnit(group.code())));
            fte.add(position.get(FigureId.groupFtePer100Units(group.code())));
            for (String task : group.taskCodes()) {
                cost.add(position.get(FigureId.taskCostPerUnit(task)));
                fte.add(position.get(FigureId.taskFtePer100Units(task)));
            }
            cost.add(position.get(FigureId.outsourcingCostPerUnit(group.code())));
            add(sums, cost);
            add(sums, fte);
            groupCosts.add(position.get(FigureId.groupCostPerUnit(group.code())));
            groupFtes.add(position.get(FigureId.groupFtePer100Units(group.code())));
        }
        groupCosts.add(0, position.get(FigureId.totalCostPerUnit()));
        groupFtes.add(0, position.get(FigureId.totalFtePer100Units()));
        add(sums, groupCosts);
        add(sums, groupFtes);
        return new ComplementarySuppression(sums, ids.size());
    }

    // A "sum" of one figure relates nothing (e.g. the fte of a group without tasks).
    private static void add(List<int[]> sums, List<Integer> figures) {
        if (figures.size() >= 2) {
            sums.add(figures.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** @param lines in layout order */
    List<ComparisonLine> apply(List<ComparisonLine> lines) {
        List<ComparisonLine> result = new ArrayList<>(lines);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] sum : sums) {
                int withheld = 0;
                for (int figure : sum) {
                    if (!result.get(figure).hasReference()) {
                        withheld++;
                    }
                }
                if (withheld == 1) {
                    int second = cheapestShown(sum, result);
                    result.set(second, result.get(second).withheld(Protection.COMPLEMENTARY));
                    changed = true;
                }
            }
        }
        return result;
    }

    /** A part of the sum if one is shown; its total (the headline figure) only when none is. */
    private int cheapestShown(int[] sum, List<ComparisonLine> lines) {
        int best = -1;
        for (int part = 1; part < sum.length; part++) {
            int figure = sum[part];
            if (lines.get(figure).hasReference() && (best == -1 || cheaper(figure, best, lines))) {
                best = figure;
            }
        }
        return best == -1 ? sum[0] : best;
    }

    private boolean cheaper(int candidate, int best, List<ComparisonLine> lines) {
        if (inOneSumOnly[candidate] != inOneSumOnly[best]) {
            return inOneSumOnly[candidate];
        }
        BigDecimal a = lines.get(candidate).referenceMean().orElseThrow().abs();
        BigDecimal b = lines.get(best).referenceMean().orElseThrow().abs();
        return a.compareTo(b) < 0;
    }
}
