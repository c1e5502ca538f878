package nl.maatstaf.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is in whose reference group under one policy: by part of a partition (all participants,
 * size class, named set) or by explicit list (nearest neighbours). For the disclosure checks
 * that compare groups (decision 0009).
 */
final class ReferenceGroupIndex {

    private final Map<Long, Set<Long>> partOf;
    private final Map<Long, List<Long>> lists;

    private ReferenceGroupIndex(Map<Long, Set<Long>> partOf, Map<Long, List<Long>> lists) {
        this.partOf = partOf;
        this.lists = lists;
    }

    /** @param partOf each participant's part, as the set of the part's included organisations */
    static ReferenceGroupIndex ofParts(Map<Long, Set<Long>> partOf) {
        return new ReferenceGroupIndex(Map.copyOf(partOf), Map.of());
    }

    static ReferenceGroupIndex ofLists(Map<Long, List<Long>> lists) {
        return new ReferenceGroupIndex(Map.of(), new HashMap<>(lists));
    }

    /** The organisation's reference group; empty when it has none under this policy. */
    Optional<MemberSet> of(long organisationId) {
        Set<Long> part = partOf.get(organisationId);
        if (part != null) {
            return Optional.of(MemberSet.without(part, organisationId));
        }
        List<Long> list = lists.get(organisationId);
        return list == null ? Optional.empty() : Optional.of(MemberSet.of(list));
    }
}
