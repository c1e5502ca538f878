package nl.maatstaf.submission;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The basis a submitted version states.
 *
 * @param peildatum the date of the established formation; null exactly for the budget basis
 */
public record SubmissionBasis(Basis basis, LocalDate peildatum) {

    /** The budget of the peiljaar: what a version states unless it says otherwise. */
    public static final SubmissionBasis BUDGET = new SubmissionBasis(Basis.BEGROTING, null);

    public SubmissionBasis {
        Objects.requireNonNull(basis, "basis");
        if ((basis == Basis.FORMATIE) != (peildatum != null)) {
            throw new IllegalArgumentException("A peildatum belongs to the formation basis only");
        }
    }
}
