package nl.maatstaf.results;

import java.util.Map;

/** Every participant's results under one policy, and who was in whose reference group. */
record PolicyRun(Map<Long, OrganisationResults> results, ReferenceGroupIndex groups) {

    PolicyRun {
        results = Map.copyOf(results);
    }
}
