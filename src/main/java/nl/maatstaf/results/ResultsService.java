package nl.maatstaf.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The results of the benchmark: every approved participant of a module and year compared with
 * its reference group by the engine. Computed once per approved set and cached; a new approval
 * changes the fingerprint and with it the cache key. No authorisation happens here: callers
 * decide who may see which organisation.
 */
@Service
public class ResultsService {

    private final CatalogService catalog;
    private final ApprovedSubmissions approved;
    private final OrganisationService organisations;
    private final ReferenceGroupPolicies policies;
    private final int minimumReferenceSize;
    private final ComparisonCache cache = new ComparisonCache();

    ResultsService(
            CatalogService catalog,
            ApprovedSubmissions approved,
            OrganisationService organisations,
            ReferenceGroupPolicies policies,
            @Value("${maatstaf.benchmark.k-minimum:5}") int minimumReferenceSize) {
        this.catalog = catalog;
        this.approved = approved;
        this.organisations = organisations;
        this.policies = policies;
        // Fail at start-up rather than on the first results page.
        if (minimumReferenceSize < BenchmarkEngine.LOWEST_MINIMUM_REFERENCE_SIZE) {
            throw new IllegalStateException("maatstaf.benchmark.k-minimum must be at least "
                    + BenchmarkEngine.LOWEST_MINIMUM_REFERENCE_SIZE + ", is " + minimumReferenceSize);
        }
        this.minimumReferenceSize = minimumReferenceSize;
    }

    /**
     * @return empty when the module does not exist in that year or the organisation has no
     *     approved (computable) submission for it
     */
    public Optional<OrganisationResults> resultsOf(long organisationId, int year, String moduleCode) {
        return Optional.ofNullable(allResults(year, moduleCode).get(organisationId));
    }

    /** k: the smallest reference group that reference figures are shown for. */
    public int minimumReferenceSize() {
        return minimumReferenceSize;
    }

    private Map<Long, OrganisationResults> allResults(int year, String moduleCode) {
        Optional<ModuleCatalog> module = catalog.find(year, moduleCode);
        if (module.isEmpty()) {
            return Map.of();
        }
        ReferenceGroupPolicy policy = policies.policyFor(year, moduleCode);
        ComparisonCache.Key key = new ComparisonCache.Key(year, moduleCode, policy.code());
        String fingerprint = fingerprint(year, moduleCode);
        Optional<Map<Long, OrganisationResults>> cached = cache.get(key, fingerprint);
        if (cached.isPresent()) {
            return cached.get();
        }
        Map<Long, OrganisationResults> results = compute(module.get(), policy);
        // An approval between reading the fingerprint and the data would file new results under
        // the old fingerprint; then the results are used once but not kept.
        if (fingerprint.equals(fingerprint(year, moduleCode))) {
            cache.put(key, fingerprint, results);
        }
        return results;
    }

    /** Results change with the approved data and with inhabitants (a new municipality list). */
    private String fingerprint(int year, String moduleCode) {
        return approved.fingerprint(year, moduleCode) + "/" + organisations.fingerprint();
    }

    private Map<Long, OrganisationResults> compute(ModuleCatalog module, ReferenceGroupPolicy policy) {
        List<ApprovedSubmission> submissions = approved.approved(module.year(), module.code());
        List<OrganisationInput> inputs = ParticipantInputs.of(module, submissions, inhabitants(submissions));
        Map<Long, Comparison> comparisons = policy.compareAll(module.engineDefinition(), inputs, minimumReferenceSize);
        Map<Long, OrganisationResults> results = new HashMap<>();
        for (OrganisationInput input : inputs) {
            long id = input.organisationId();
            results.put(
                    id,
                    new OrganisationResults(
                            id, module.year(), module.code(), policy.code(), input, comparisons.get(id), false));
        }
        return results;
    }

    private Map<Long, Long> inhabitants(List<ApprovedSubmission> submissions) {
        List<Long> ids =
                submissions.stream().map(ApprovedSubmission::organisationId).toList();
        Map<Long, Long> inhabitants = new HashMap<>();
        for (Organisation organisation : organisations.findAll(ids)) {
            inhabitants.put(organisation.id(), organisation.inhabitants());
        }
        return inhabitants;
    }
}
