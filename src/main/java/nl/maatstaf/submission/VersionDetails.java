package nl.maatstaf.submission;

import java.time.LocalDate;

/** Reads the basis columns of a stored version. */
final class VersionDetails {

    private VersionDetails() {}

    static SubmissionBasis basis(String basis, LocalDate peildatum) {
        Basis parsed = Basis.parse(basis);
        if (parsed == Basis.FORMATIE && peildatum != null) {
            return new SubmissionBasis(Basis.FORMATIE, peildatum);
        }
        return SubmissionBasis.BUDGET;
    }
}
