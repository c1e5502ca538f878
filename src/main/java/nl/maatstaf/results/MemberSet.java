package nl.maatstaf.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The organisations of one participant's reference group under one policy (before the per-figure
 * rules). Kept implicit where it can be, so that "everybody but me" costs nothing per participant.
 */
interface MemberSet {

    int size();

    boolean contains(long organisationId);

    /** Every member once; iterate the smaller of two sets. */
    Iterable<Long> members();

    /** {@code base} without {@code self}: a part of a partition seen from one of its members. */
    static MemberSet without(Set<Long> base, long self) {
        return new MemberSet() {
            @Override
            public int size() {
                return base.contains(self) ? base.size() - 1 : base.size();
            }

            @Override
            public boolean contains(long organisationId) {
                return organisationId != self && base.contains(organisationId);
            }

            @Override
            public Iterable<Long> members() {
                return () -> base.stream().filter(id -> id != self).iterator();
            }
        };
    }

    /**
     * {@code base} without {@code self} and without {@code alsoLeftOut}: a part seen from a member
     * whose related organisations may not be in its group.
     */
    static MemberSet without(Set<Long> base, long self, Set<Long> alsoLeftOut) {
        if (alsoLeftOut.isEmpty()) {
            return without(base, self);
        }
        int size = base.contains(self) ? base.size() - 1 : base.size();
        for (long id : alsoLeftOut) {
            if (id != self && base.contains(id)) {
                size--;
            }
        }
        int members = size;
        return new MemberSet() {
            @Override
            public int size() {
                return members;
            }

            @Override
            public boolean contains(long organisationId) {
                return organisationId != self && !alsoLeftOut.contains(organisationId) && base.contains(organisationId);
            }

            @Override
            public Iterable<Long> members() {
                return () -> base.stream()
                        .filter(id -> id != self && !alsoLeftOut.contains(id))
                        .iterator();
            }
        };
    }

    /** An explicit list, e.g. the nearest neighbours. */
    static MemberSet of(Collection<Long> members) {
        Set<Long> set = Set.copyOf(members);
        return new MemberSet() {
            @Override
            public int size() {
                return set.size();
            }

            @Override
            public boolean contains(long organisationId) {
                return set.contains(organisationId);
            }

            @Override
            public Iterable<Long> members() {
                return set;
            }
        };
    }

    /** How many organisations are in both. */
    static int common(MemberSet a, MemberSet b) {
        return commonMembers(a, b).size();
    }

    /** The organisations in both, found by walking the smaller set. */
    static List<Long> commonMembers(MemberSet a, MemberSet b) {
        MemberSet small = a.size() <= b.size() ? a : b;
        MemberSet large = small == a ? b : a;
        List<Long> common = new ArrayList<>();
        for (long id : small.members()) {
            if (large.contains(id)) {
                common.add(id);
            }
        }
        return common;
    }
}
