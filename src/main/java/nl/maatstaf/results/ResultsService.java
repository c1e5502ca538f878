package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.edition.ParticipantCosts;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The results of the benchmark: every approved participant of a module and year compared with
 * its reference group by the engine, under the policies and k of the edition's settings, without
 * the outliers the beheerder excluded. Computed once per approved set and settings, and cached; the
 * cache key holds everything that changes the results, read from the database on every call, so a
 * change made on another application instance is seen at once. No authorisation happens here:
 * callers decide who may see which organisation.
 */
@Service
public class ResultsService implements ParticipantCosts {

    private static final String PRELIMINARY = "VOORLOPIG";

    private final CatalogService catalog;
    private final ApprovedSubmissions approved;
    private final OrganisationService organisations;
    private final EditionService editions;
    private final MessageSource messages;
    private final ComparisonCache cache = new ComparisonCache();

    ResultsService(
            CatalogService catalog,
            ApprovedSubmissions approved,
            OrganisationService organisations,
            EditionService editions,
            MessageSource messages,
            @Value("${maatstaf.benchmark.k-minimum:5}") int minimumReferenceSize) {
        this.catalog = catalog;
        this.approved = approved;
        this.organisations = organisations;
        this.editions = editions;
        this.messages = messages;
        // Fail at start-up rather than on the first results page.
        if (minimumReferenceSize < BenchmarkEngine.LOWEST_MINIMUM_REFERENCE_SIZE) {
            throw new IllegalStateException("maatstaf.benchmark.k-minimum must be at least "
                    + BenchmarkEngine.LOWEST_MINIMUM_REFERENCE_SIZE + ", is " + minimumReferenceSize);
        }
    }

    /**
     * What the organisation itself may see under the edition's default policy: before publication
     * only its own figures, marked preliminary and without any reference figure.
     *
     * @return empty when the module does not exist in that year or the organisation has no
     *     approved (computable) submission for it
     */
    public Optional<OrganisationResults> resultsOf(long organisationId, int year, String moduleCode) {
        return resultsOf(organisationId, year, moduleCode, null);
    }

    /**
     * What the organisation itself may see under the policy it asks for ({@link
     * #policyOptions}); a policy it may not choose, or an unknown one, gives the default.
     */
    public Optional<OrganisationResults> resultsOf(
            long organisationId, int year, String moduleCode, String requestedPolicy) {
        return results(organisationId, year, moduleCode, requestedPolicy, false);
    }

    /** The beheerder's view: full results under the requested policy, also before publication. */
    public Optional<OrganisationResults> beheerderResultsOf(
            long organisationId, int year, String moduleCode, String requestedPolicy) {
        return results(organisationId, year, moduleCode, requestedPolicy, true);
    }

    /** A policy an organisation can choose, for a picker. */
    public record PolicyOption(String code, String description) {}

    /** The policies the organisation may choose in this edition, described in the locale. */
    public List<PolicyOption> policyOptions(long organisationId, int year, String moduleCode, Locale locale) {
        EditionSettings settings = editions.settings(year, moduleCode);
        return ChosenPolicy.options(settings, organisationId).stream()
                .map(option -> new PolicyOption(
                        option.code(), describe(option.kind().name(), parameter(option, settings, null), locale)))
                .toList();
    }

    /** The policy of the results with its parameters in words, e.g. "10 meest vergelijkbare organisaties". */
    public String describePolicy(OrganisationResults results, Locale locale) {
        return describe(results.referencePolicy(), results.policyParameter(), locale);
    }

    /** Each approved participant's total cost per unit, for judging outliers. */
    @Override
    public Map<Long, BigDecimal> totalCostPerUnit(int year, String moduleCode) {
        Optional<ModuleCatalog> module = catalog.find(year, moduleCode);
        if (module.isEmpty()) {
            return Map.of();
        }
        EditionSettings settings = editions.settings(year, moduleCode);
        Map<Long, OrganisationResults> all = allResults(
                module.get(),
                settings,
                ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD),
                BenchmarkEngine.LOWEST_MINIMUM_REFERENCE_SIZE,
                false);
        Map<Long, BigDecimal> costs = new HashMap<>();
        all.forEach((id, results) ->
                results.comparison().line(FigureId.totalCostPerUnit()).own().ifPresent(cost -> costs.put(id, cost)));
        return costs;
    }

    private Optional<OrganisationResults> results(
            long organisationId, int year, String moduleCode, String requestedPolicy, boolean beheerder) {
        return catalog.find(year, moduleCode)
                .flatMap(module -> results(
                        module, editions.settings(year, moduleCode), organisationId, requestedPolicy, beheerder));
    }

    /** The results a page shows, with the policies to choose from, from one reading of the settings. */
    record PageResults(OrganisationResults results, List<PolicyOption> options, String chosenPolicy) {}

    Optional<PageResults> pageResults(
            long organisationId, ModuleCatalog module, String requestedPolicy, boolean beheerder, Locale locale) {
        EditionSettings settings = editions.settings(module.year(), module.code());
        return results(module, settings, organisationId, requestedPolicy, beheerder)
                .map(found -> {
                    ChosenPolicy chosen = ChosenPolicy.resolve(settings, organisationId, requestedPolicy);
                    String code = chosen.kind().name().equals(found.referencePolicy())
                            ? chosen.code()
                            : found.referencePolicy();
                    List<PolicyOption> options = ChosenPolicy.options(settings, organisationId).stream()
                            .map(option -> new PolicyOption(
                                    option.code(),
                                    describe(option.kind().name(), parameter(option, settings, null), locale)))
                            .toList();
                    return new PageResults(found, options, code);
                });
    }

    private Optional<OrganisationResults> results(
            ModuleCatalog module,
            EditionSettings settings,
            long organisationId,
            String requestedPolicy,
            boolean beheerder) {
        ChosenPolicy policy = ChosenPolicy.resolve(settings, organisationId, requestedPolicy);
        boolean preliminary = !settings.published() && !beheerder;
        Map<Long, OrganisationResults> all =
                allResults(module, settings, policy, settings.minimumReferenceSize(), preliminary);
        OrganisationResults found = all.get(organisationId);
        if (found == null && policy.kind() != ReferencePolicy.ALLE_GOEDGEKEURD) {
            // Not computable under that policy (e.g. left a named set): the same as the default.
            return results(module, settings, organisationId, ReferencePolicy.ALLE_GOEDGEKEURD.name(), beheerder);
        }
        return Optional.ofNullable(found);
    }

    private Map<Long, OrganisationResults> allResults(
            ModuleCatalog module, EditionSettings settings, ChosenPolicy policy, int k, boolean preliminary) {
        String parameter = parameter(policy, settings, null);
        String policyKey = preliminary
                ? PRELIMINARY
                : policy.code() + ":" + parameter + ":" + consentingMembers(policy) + ":excl"
                        + settings.excludedOrganisations();
        ComparisonCache.Key key = new ComparisonCache.Key(
                module.year(), module.code(), policyKey, k, settings.published(), policyForPreliminary(settings));
        String fingerprint = fingerprint(module.year(), module.code());
        Optional<Map<Long, OrganisationResults>> cached = cache.get(key, fingerprint);
        if (cached.isPresent()) {
            return cached.get();
        }
        Map<Long, OrganisationResults> results = compute(module, settings, policy, k, preliminary);
        // An approval between reading the fingerprint and the data would file new results under
        // the old fingerprint; then the results are used once but not kept.
        if (fingerprint.equals(fingerprint(module.year(), module.code()))) {
            cache.put(key, fingerprint, results);
        }
        return results;
    }

    /** Results change with the approved data and with inhabitants (a new municipality list). */
    private String fingerprint(int year, String moduleCode) {
        return approved.fingerprint(year, moduleCode) + "/" + organisations.fingerprint();
    }

    private Map<Long, OrganisationResults> compute(
            ModuleCatalog module, EditionSettings settings, ChosenPolicy policy, int k, boolean preliminary) {
        List<ApprovedSubmission> submissions = approved.approved(module.year(), module.code());
        List<OrganisationInput> inputs = ParticipantInputs.of(module, submissions, inhabitants(submissions));
        Map<Long, OrganisationResults> results = new HashMap<>();
        if (preliminary) {
            // Own figures only: a comparison with no reference organisations at all.
            ChosenPolicy shown = ChosenPolicy.of(settings.defaultPolicy());
            for (OrganisationInput input : inputs) {
                Comparison own = BenchmarkEngine.compare(module.engineDefinition(), input, List.of(), k);
                results.put(
                        input.organisationId(),
                        new OrganisationResults(
                                input.organisationId(),
                                module.year(),
                                module.code(),
                                shown.kind().name(),
                                input,
                                own,
                                true,
                                parameter(shown, settings, input),
                                false));
            }
            return results;
        }
        Map<Long, Comparison> comparisons = ReferenceGroups.compareAll(
                module.engineDefinition(),
                inputs,
                policy,
                settings.neighbourCount(),
                settings.excludedOrganisations(),
                k);
        for (OrganisationInput input : inputs) {
            long id = input.organisationId();
            Comparison comparison = comparisons.get(id);
            if (comparison != null) {
                results.put(
                        id,
                        new OrganisationResults(
                                id,
                                module.year(),
                                module.code(),
                                policy.kind().name(),
                                input,
                                comparison,
                                false,
                                parameter(policy, settings, input),
                                settings.published()));
            }
        }
        return results;
    }

    /** n, the organisation's size class, or the set's name; empty for all participants. */
    private static String parameter(ChosenPolicy policy, EditionSettings settings, OrganisationInput input) {
        return switch (policy.kind()) {
            case ALLE_GOEDGEKEURD -> "";
            case NAASTE_BUREN -> String.valueOf(settings.neighbourCount());
            case GROOTTEKLASSE ->
                input == null ? "" : ReferenceGroups.sizeClass(input).name();
            case MAATWERK -> policy.namedSet() == null ? "" : policy.namedSet().name();
        };
    }

    private static String consentingMembers(ChosenPolicy policy) {
        return policy.namedSet() == null
                ? ""
                : policy.namedSet().consenting().stream()
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(",", "[", "]"));
    }

    private static String policyForPreliminary(EditionSettings settings) {
        return settings.defaultPolicy().name();
    }

    private String describe(String policyCode, String parameter, Locale locale) {
        return PolicyDescriptions.describe(messages, policyCode, parameter, locale);
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
