package nl.maatstaf.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may never be in whose reference group besides the organisation itself (spec §8): for a
 * cooperation its member municipalities that take part separately, for a municipality its own
 * cooperations. The caller works out the memberships, the engine only leaves the related
 * organisations out.
 *
 * <p>The relation is closed over circles: a cooperation, its members that take part separately
 * and, through them, any other cooperation they belong to form one circle, and every organisation
 * of a circle leaves out the whole circle. Otherwise the group of a cooperation (without both its
 * members) and that of one member (without only the cooperation) would differ in the other member
 * alone, and two organisations that work together could subtract their means to get that member's
 * figures (decision 0009). With the circle left out they all have the same group.
 */
public final class NeverInGroup {

    /** Nobody related to anybody: every group is everybody else of its part. */
    public static final NeverInGroup NONE = new NeverInGroup(Map.of());

    private final Map<Long, Set<Long>> circles;

    private NeverInGroup(Map<Long, Set<Long>> circles) {
        this.circles = circles;
    }

    /**
     * @param pairs each directly related pair (a, b) once or more, in either order; an organisation
     *     paired with itself is ignored
     */
    public static NeverInGroup ofPairs(Iterable<long[]> pairs) {
        Map<Long, Long> parent = new HashMap<>();
        for (long[] pair : pairs) {
            Objects.requireNonNull(pair, "pair");
            if (pair.length != 2) {
                throw new IllegalArgumentException("A pair has two organisations, not " + pair.length);
            }
            if (pair[0] != pair[1]) {
                long a = root(parent, pair[0]);
                long b = root(parent, pair[1]);
                if (a != b) {
                    parent.put(Math.max(a, b), Math.min(a, b));
                }
            }
        }
        Map<Long, Set<Long>> byRoot = new HashMap<>();
        for (long id : parent.keySet()) {
            byRoot.computeIfAbsent(root(parent, id), r -> new HashSet<>()).add(id);
        }
        Map<Long, Set<Long>> circles = new HashMap<>(parent.size() * 2);
        for (Set<Long> circle : byRoot.values()) {
            for (long id : circle) {
                Set<Long> others = new HashSet<>(circle);
                others.remove(id);
                circles.put(id, Set.copyOf(others));
            }
        }
        return new NeverInGroup(Map.copyOf(circles));
    }

    private static long root(Map<Long, Long> parent, long id) {
        long root = id;
        Long up;
        while ((up = parent.putIfAbsent(root, root)) != null && up != root) {
            root = up;
        }
        return root;
    }

    /** The organisations never in the group of {@code organisationId}: its circle, itself not included. */
    public Set<Long> of(long organisationId) {
        return circles.getOrDefault(organisationId, Set.of());
    }

    /** Whether {@code candidate} may be in the reference group of {@code organisationId}. */
    public boolean allows(long organisationId, long candidate) {
        return candidate != organisationId && !of(organisationId).contains(candidate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NeverInGroup that && circles.equals(that.circles);
    }

    @Override
    public int hashCode() {
        return circles.hashCode();
    }

    @Override
    public String toString() {
        return "NeverInGroup" + circles;
    }
}
