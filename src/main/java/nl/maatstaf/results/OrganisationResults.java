package nl.maatstaf.results;

import java.util.Objects;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.OrganisationInput;

/**
 * One organisation's results for a module and peiljaar.
 *
 * @param referencePolicy the code of the reference group policy the comparison used
 * @param input the approved figures the results were computed from, for explanations and part B
 * @param comparison the engine's figures against the reference group; its reference group size
 *     is the number of organisations the reference figures rest on
 * @param preliminary true while the peiljaar is not yet published for the module: the comparison
 *     then carries no reference figures and every view marks the figures as preliminary
 */
public record OrganisationResults(
        long organisationId,
        int year,
        String moduleCode,
        String referencePolicy,
        OrganisationInput input,
        Comparison comparison,
        boolean preliminary) {

    public OrganisationResults {
        Objects.requireNonNull(moduleCode, "moduleCode");
        Objects.requireNonNull(referencePolicy, "referencePolicy");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(comparison, "comparison");
    }
}
