package nl.maatstaf.results;

import java.util.List;
import java.util.Objects;
import nl.maatstaf.submission.Basis;
import nl.maatstaf.submission.HireCorrection;
import nl.maatstaf.submission.SubmissionBasis;

/**
 * What an organisation's own approved version says beside its figures: the basis it states, its
 * correction lines on hired staff (its own results only, never anyone else's), and the basis of
 * its reference group.
 *
 * @param group the basis of the reference group, or null when there is no group of at least k
 *     organisations to speak of (preliminary results, too few references)
 */
public record SubmissionNotes(SubmissionBasis basis, List<HireCorrection> corrections, GroupBasis group) {

    public static final SubmissionNotes NONE = new SubmissionNotes(SubmissionBasis.BUDGET, List.of(), null);

    public SubmissionNotes {
        Objects.requireNonNull(basis, "basis");
        corrections = List.copyOf(corrections);
    }

    public List<HireCorrection> correctionsOf(String taskCode) {
        return corrections.stream().filter(c -> c.taskCode().equals(taskCode)).toList();
    }

    /** Whether the organisation's basis is another than most of its reference group's. */
    public boolean differsFromGroup() {
        return group != null && group.basis() != basis.basis();
    }

    /**
     * The basis most organisations of a reference group use, and how many use another: counts
     * only, never who.
     *
     * @param basis the basis of most members; the budget when as many use each
     * @param otherBasis how many members use another basis
     * @param size how many organisations the group has (at least k)
     */
    public record GroupBasis(Basis basis, int otherBasis, int size) {

        /** The group's basis from the bases of its members. */
        static GroupBasis of(List<Basis> members) {
            long formation = members.stream().filter(b -> b == Basis.FORMATIE).count();
            long budget = members.size() - formation;
            Basis most = formation > budget ? Basis.FORMATIE : Basis.BEGROTING;
            return new GroupBasis(most, (int) Math.min(formation, budget), members.size());
        }
    }
}
