package nl.maatstaf.submission;

import java.util.List;
import java.util.Objects;

/**
 * The basis, peildatum and correction lines of a draft, as typed: nothing here has to be valid
 * yet; {@link DetailsValidator} says what blocks submission.
 *
 * @param basis {@code FORMATIE}, or null for the default (the budget)
 * @param peildatum the date as typed, or null
 * @param corrections the correction lines of all tasks, in task and line order
 */
record DraftDetails(String basis, String peildatum, List<Line> corrections) {

    static final DraftDetails NONE = new DraftDetails(null, null, List.of());

    DraftDetails {
        // The budget is the default: stating it stores nothing, so an unchanged form changes nothing.
        basis = Basis.parse(basis) == Basis.FORMATIE ? Basis.FORMATIE.name() : null;
        peildatum = blankToNull(peildatum);
        corrections = corrections.stream().filter(l -> !l.blank()).toList();
    }

    /** The basis stated, the budget when none is. */
    Basis chosenBasis() {
        Basis parsed = Basis.parse(basis);
        return parsed == null ? Basis.BEGROTING : parsed;
    }

    List<Line> correctionsOf(String taskCode) {
        return corrections.stream().filter(l -> l.taskCode().equals(taskCode)).toList();
    }

    /** Whether the basis and peildatum are those of {@code other} (an absent basis is the budget). */
    boolean sameBasis(DraftDetails other) {
        return chosenBasis() == other.chosenBasis() && Objects.equals(peildatum, other.peildatum);
    }

    /**
     * One correction line as typed.
     *
     * @param kind {@link CorrectionKind} name, or null when none was chosen
     * @param amount the amount as typed
     */
    record Line(String taskCode, String kind, String amount, String reason) {

        Line {
            kind = blankToNull(kind);
            amount = blankToNull(amount);
            reason = blankToNull(reason);
        }

        boolean blank() {
            return kind == null && amount == null && reason == null;
        }

        /** The line in one text for the audit log: "INCIDENTEEL 12.000 (reden)". */
        String audited() {
            return (kind == null ? "?" : kind) + " " + (amount == null ? "?" : amount) + " ("
                    + (reason == null ? "" : reason) + ")";
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
