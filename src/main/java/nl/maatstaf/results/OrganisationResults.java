package nl.maatstaf.results;

import java.util.Objects;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.OrganisationInput;

/**
 * One organisation's results for a module and peiljaar.
 *
 * @param referencePolicy the code of the reference group policy the comparison used (an {@code
 *     edition.ReferencePolicy} name); {@link ResultsService#describePolicy} puts it in words
 * @param input the approved figures the results were computed from, for explanations and part B
 * @param comparison the engine's figures against the reference group; its reference group size
 *     is the number of organisations the reference figures rest on
 * @param preliminary true while the peiljaar is not yet published for the module and the reader is
 *     a participant: the comparison then carries no reference figures and every view marks the
 *     figures as preliminary
 * @param policyParameter what the policy was applied with: n for nearest neighbours, the size
 *     class for size classes, the set's name for a named set; empty for all participants
 * @param published whether the edition is published; the beheerder sees full results before that
 * @param relatedLeftOut the viewer's own cooperations or members its group leaves out (spec §8)
 * @param versionId the submission version the organisation's own figures come from: the approved
 *     one, or the published one in a publication; {@link #NO_VERSION} when not known
 * @param notes the basis and correction lines of its own version, and its group's basis
 */
public record OrganisationResults(
        long organisationId,
        int year,
        String moduleCode,
        String referencePolicy,
        OrganisationInput input,
        Comparison comparison,
        boolean preliminary,
        String policyParameter,
        boolean published,
        RelatedLeftOut relatedLeftOut,
        long versionId,
        SubmissionNotes notes) {

    /** The version of results not computed from a stored submission (fixtures, tests). */
    public static final long NO_VERSION = 0;

    public OrganisationResults {
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(relatedLeftOut, "relatedLeftOut");
        Objects.requireNonNull(moduleCode, "moduleCode");
        Objects.requireNonNull(referencePolicy, "referencePolicy");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(policyParameter, "policyParameter");
    }

    /** The same results with another comparison, e.g. with figures withheld. */
    OrganisationResults withComparison(Comparison changed) {
        return new OrganisationResults(
                organisationId,
                year,
                moduleCode,
                referencePolicy,
                input,
                changed,
                preliminary,
                policyParameter,
                published,
                relatedLeftOut,
                versionId,
                notes);
    }

    /** Results from no stored version, with the basis of the budget and no correction lines. */
    public OrganisationResults(
            long organisationId,
            int year,
            String moduleCode,
            String referencePolicy,
            OrganisationInput input,
            Comparison comparison,
            boolean preliminary,
            String policyParameter,
            boolean published,
            RelatedLeftOut relatedLeftOut) {
        this(
                organisationId,
                year,
                moduleCode,
                referencePolicy,
                input,
                comparison,
                preliminary,
                policyParameter,
                published,
                relatedLeftOut,
                NO_VERSION,
                SubmissionNotes.NONE);
    }

    /** Results whose group leaves out no related organisation. */
    public OrganisationResults(
            long organisationId,
            int year,
            String moduleCode,
            String referencePolicy,
            OrganisationInput input,
            Comparison comparison,
            boolean preliminary,
            String policyParameter,
            boolean published) {
        this(
                organisationId,
                year,
                moduleCode,
                referencePolicy,
                input,
                comparison,
                preliminary,
                policyParameter,
                published,
                RelatedLeftOut.NONE);
    }

    /** Results without a policy parameter; published exactly when not preliminary. */
    public OrganisationResults(
            long organisationId,
            int year,
            String moduleCode,
            String referencePolicy,
            OrganisationInput input,
            Comparison comparison,
            boolean preliminary) {
        this(organisationId, year, moduleCode, referencePolicy, input, comparison, preliminary, "", !preliminary);
    }
}
