package nl.maatstaf.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.maatstaf.engine.NeverInGroup;

/**
 * Who is in whose reference group under one policy: by part of a partition (all participants,
 * size class, named set) or by explicit list (nearest neighbours). For the disclosure checks
 * that compare groups (decision 0009).
 */
final class ReferenceGroupIndex {

    private final Map<Long, Set<Long>> partOf;
    private final Map<Long, List<Long>> lists;
    private final NeverInGroup never;

    private ReferenceGroupIndex(Map<Long, Set<Long>> partOf, Map<Long, List<Long>> lists, NeverInGroup never) {
        this.partOf = partOf;
        this.lists = lists;
        this.never = never;
    }

    /** @param partOf each participant's part, as the set of the part's included organisations */
    static ReferenceGroupIndex ofParts(Map<Long, Set<Long>> partOf) {
        return ofParts(partOf, NeverInGroup.NONE);
    }

    /**
     * @param never who is left out of whose group besides itself: the groups the disclosure checks
     *     compare are those after this exclusion
     */
    static ReferenceGroupIndex ofParts(Map<Long, Set<Long>> partOf, NeverInGroup never) {
        return new ReferenceGroupIndex(Map.copyOf(partOf), Map.of(), never);
    }

    /** @param lists each participant's group, already without the organisations it may not have */
    static ReferenceGroupIndex ofLists(Map<Long, List<Long>> lists) {
        return new ReferenceGroupIndex(Map.of(), new HashMap<>(lists), NeverInGroup.NONE);
    }

    /** The organisation's reference group; empty when it has none under this policy. */
    Optional<MemberSet> of(long organisationId) {
        Set<Long> part = partOf.get(organisationId);
        if (part != null) {
            return Optional.of(MemberSet.without(part, organisationId, never.of(organisationId)));
        }
        List<Long> list = lists.get(organisationId);
        return list == null ? Optional.empty() : Optional.of(MemberSet.of(list));
    }
}
