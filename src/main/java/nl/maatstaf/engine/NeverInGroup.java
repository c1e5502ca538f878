package nl.maatstaf.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may never be in whose reference group besides the organisation itself (spec §8): for a
 * cooperation its member municipalities that take part separately, for a municipality its own
 * cooperations. The relation is symmetric; the caller works out the memberships, the engine only
 * leaves the related organisations out.
 */
public final class NeverInGroup {

    /** Nobody related to anybody: every group is everybody else of its part. */
    public static final NeverInGroup NONE = new NeverInGroup(Map.of());

    private final Map<Long, Set<Long>> related;

    private NeverInGroup(Map<Long, Set<Long>> related) {
        this.related = related;
    }

    /**
     * @param pairs each pair (a, b) once or twice, in either order; an organisation paired with
     *     itself is ignored
     */
    public static NeverInGroup ofPairs(Iterable<long[]> pairs) {
        Map<Long, Set<Long>> related = new HashMap<>();
        for (long[] pair : pairs) {
            Objects.requireNonNull(pair, "pair");
            if (pair.length != 2) {
                throw new IllegalArgumentException("A pair has two organisations, not " + pair.length);
            }
            if (pair[0] == pair[1]) {
                continue;
            }
            related.computeIfAbsent(pair[0], id -> new HashSet<>()).add(pair[1]);
            related.computeIfAbsent(pair[1], id -> new HashSet<>()).add(pair[0]);
        }
        Map<Long, Set<Long>> frozen = new HashMap<>(related.size() * 2);
        related.forEach((id, others) -> frozen.put(id, Set.copyOf(others)));
        return new NeverInGroup(Map.copyOf(frozen));
    }

    /** The organisations never in the group of {@code organisationId}, itself not included. */
    public Set<Long> of(long organisationId) {
        return related.getOrDefault(organisationId, Set.of());
    }

    /** Whether {@code candidate} may be in the reference group of {@code organisationId}. */
    public boolean allows(long organisationId, long candidate) {
        return candidate != organisationId && !of(organisationId).contains(candidate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NeverInGroup that && related.equals(that.related);
    }

    @Override
    public int hashCode() {
        return related.hashCode();
    }

    @Override
    public String toString() {
        return "NeverInGroup" + related;
    }
}
