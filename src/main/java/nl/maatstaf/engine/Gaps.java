package nl.maatstaf.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What keeps a task's, group's or the organisation's net cost and net fte from being determined.
 * Where a list is empty the figure is known; otherwise its amount is only the subtotal of the known
 * parts, it has no deviation, and the organisation is left out of the reference of that figure.
 *
 * @param cost the parts whose cost is unknown, each named once, in catalogue order
 * @param fte the parts whose fte is unknown
 */
public record Gaps(List<Gap> cost, List<Gap> fte) {

    public static final Gaps NONE = new Gaps(List.of(), List.of());

    public Gaps {
        cost = List.copyOf(new LinkedHashSet<>(cost));
        fte = List.copyOf(new LinkedHashSet<>(fte));
    }

    public boolean costKnown() {
        return cost.isEmpty();
    }

    public boolean fteKnown() {
        return fte.isEmpty();
    }

    /** Both parts' gaps together, as for a group of tasks or a total of groups. */
    public Gaps plus(Gaps other) {
        if (other.cost.isEmpty() && other.fte.isEmpty()) {
            return this;
        }
        List<Gap> costs = new ArrayList<>(cost);
        costs.addAll(other.cost);
        List<Gap> ftes = new ArrayList<>(fte);
        ftes.addAll(other.fte);
        return new Gaps(costs, ftes);
    }
}
