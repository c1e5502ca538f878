package nl.maatstaf.results;

import java.util.List;
import java.util.Map;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ModuleDefinition;
import nl.maatstaf.engine.OrganisationInput;

/** The default policy: everyone against all other approved participants of the module and year. */
final class AllApprovedParticipants implements ReferenceGroupPolicy {

    static final String CODE = "ALLE_GOEDGEKEURD";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Map<Long, Comparison> compareAll(ModuleDefinition module, List<OrganisationInput> participants, int k) {
        // The engine's linear variant: one pass, each mean leaving the participant itself out.
        return BenchmarkEngine.compareAll(module, participants, k);
    }
}
