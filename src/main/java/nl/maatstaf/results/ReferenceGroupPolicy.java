package nl.maatstaf.results;

import java.util.List;
import java.util.Map;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ModuleDefinition;
import nl.maatstaf.engine.OrganisationInput;

/**
 * How each participant's reference group is chosen. Today every participant is compared with all
 * other approved participants; size classes, nearest neighbours and named sets will be further
 * implementations (through the engine's {@code ReferenceSelection}). The calculation rules are the
 * engine's whatever the policy, and pages always name the policy in use.
 */
interface ReferenceGroupPolicy {

    /**
     * Identifies the policy and its parameters: part of the cache key, and the suffix of the
     * message key {@code results.policy.<code>} that describes it to people.
     */
    String code();

    /** Every participant's comparison with its reference group, by organisation id. */
    Map<Long, Comparison> compareAll(ModuleDefinition module, List<OrganisationInput> participants, int k);
}
