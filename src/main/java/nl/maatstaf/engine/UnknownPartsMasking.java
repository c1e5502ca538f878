package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps "unknown is not zero" from becoming a differencing attack. An organisation that does not
 * know one part of a group is left out of that group's reference but stays in the references of the
 * parts it knows (spec §8). Since a group is the sum of its parts for every organisation, the sum of
 * the parts' reference totals minus the group's reference total is exactly what the left-out
 * organisations contributed to the parts. Over fewer than k organisations that is an individual
 * figure, so then those organisations are left out of the parts' references too; from k on it is an
 * aggregate like any other reference. The same holds for the total as the sum of the groups.
 *
 * <p>Works on the comparable values in {@link FigureLayout} order; {@code null} is "not in this
 * figure's reference". Own values are never touched: this only decides who counts for others.
 */
final class UnknownPartsMasking {

    /** A figure that is the sum of others, by position in the layout. */
    private record Sum(int whole, int[] parts) {}

    // Top-down: first the totals against their groups, then each group against its parts, so that an
    // organisation taken out of a group is also weighed against that group's parts.
    private final List<Sum> sums;

    private UnknownPartsMasking(List<Sum> sums) {
        this.sums = sums;
    }

    static UnknownPartsMasking of(ModuleDefinition definition) {
        List<Sum> totals = new ArrayList<>();
        List<Sum> groups = new ArrayList<>();
        List<Integer> groupCosts = new ArrayList<>();
        List<Integer> groupFtes = new ArrayList<>();
        int i = 0;
        for (GroupDefinition group : definition.groups()) {
            int tasks = group.taskCodes().size();
            int[] costParts = new int[tasks + 1];
            int[] fteParts = new int[tasks];
            for (int t = 0; t < tasks; t++) {
                costParts[t] = i++;
                fteParts[t] = i++;
            }
            costParts[tasks] = i++; // the outsourcing line
            int groupCost = i++;
            int groupFte = i++;
            groups.add(new Sum(groupCost, costParts));
            groups.add(new Sum(groupFte, fteParts));
            groupCosts.add(groupCost);
            groupFtes.add(groupFte);
        }
        int totalCost = i++;
        int totalFte = i;
        totals.add(new Sum(
                totalCost, groupCosts.stream().mapToInt(Integer::intValue).toArray()));
        totals.add(
                new Sum(totalFte, groupFtes.stream().mapToInt(Integer::intValue).toArray()));
        List<Sum> all = new ArrayList<>(totals);
        all.addAll(groups);
        return new UnknownPartsMasking(List.copyOf(all));
    }

    /**
     * The reference contributions of a reference group, with the left-out organisations also taken
     * out of the parts where they number at least one and fewer than {@code safeFrom}.
     *
     * @param values by organisation, in layout order; not changed
     * @param safeFrom how many left-out organisations make their difference an aggregate: k for a
     *     reference group that never contains the viewer, k + 1 where the viewer is among the values
     *     (its own contribution is then known to it)
     * @return the same list when nothing is taken out, otherwise copies where needed
     */
    List<BigDecimal[]> apply(List<BigDecimal[]> values, int safeFrom) {
        List<BigDecimal[]> result = values;
        for (Sum sum : sums) {
            List<Integer> leftOut = new ArrayList<>();
            for (int o = 0; o < result.size(); o++) {
                BigDecimal[] organisation = result.get(o);
                if (organisation[sum.whole()] == null && inAnyPart(organisation, sum.parts())) {
                    leftOut.add(o);
                }
            }
            if (leftOut.isEmpty() || leftOut.size() >= safeFrom) {
                continue;
            }
            if (result == values) {
                result = new ArrayList<>(values);
            }
            for (int o : leftOut) {
                BigDecimal[] copy = result.get(o).clone();
                for (int part : sum.parts()) {
                    copy[part] = null;
                }
                result.set(o, copy);
            }
        }
        return result;
    }

    private static boolean inAnyPart(BigDecimal[] organisation, int[] parts) {
        for (int part : parts) {
            if (organisation[part] != null) {
                return true;
            }
        }
        return false;
    }
}
