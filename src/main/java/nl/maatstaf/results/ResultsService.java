package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.DerivedIndicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.edition.ParticipantCosts;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.organisation.Municipality;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationKind;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.Basis;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The results of the benchmark: every approved participant of a module and year compared with
 * its reference group by the engine, under the policies and k of the edition's settings, without
 * the outliers the beheerder excluded, and under the disclosure rules of decision 0009.
 *
 * <p>Participants see a published edition as its publication froze it ({@link Publications});
 * before publication only their own figures. The beheerder sees the live data. Results are
 * computed once per policy and state of the data and cached; the state is read from the database
 * on every call, so a change made on another application instance is seen at once. No
 * authorisation happens here: callers decide who may see which organisation.
 */
@Service
public class ResultsService implements ParticipantCosts {

    private static final String PRELIMINARY = "VOORLOPIG";

    private final CatalogService catalog;
    private final ApprovedSubmissions approved;
    private final OrganisationService organisations;
    private final EditionService editions;
    private final PublicationRepository publications;
    private final MessageSource messages;
    private final ComparisonCache cache = new ComparisonCache();

    ResultsService(
            CatalogService catalog,
            ApprovedSubmissions approved,
            OrganisationService organisations,
            EditionService editions,
            PublicationRepository publications,
            MessageSource messages,
            @Value("${maatstaf.benchmark.k-minimum:5}") int minimumReferenceSize) {
        this.catalog = catalog;
        this.approved = approved;
        this.organisations = organisations;
        this.editions = editions;
        this.publications = publications;
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
        return catalog.find(year, moduleCode)
                .flatMap(module -> resolve(module, organisationId, requestedPolicy, false))
                .map(Resolved::results);
    }

    /** The beheerder's view: full results under the requested policy, also before publication. */
    public Optional<OrganisationResults> beheerderResultsOf(
            long organisationId, int year, String moduleCode, String requestedPolicy) {
        return catalog.find(year, moduleCode)
                .flatMap(module -> resolve(module, organisationId, requestedPolicy, true))
                .map(Resolved::results);
    }

    /** A policy an organisation can choose, for a picker. */
    public record PolicyOption(String code, String description) {}

    /** The policies the organisation may choose in this edition, described in the locale. */
    public List<PolicyOption> policyOptions(long organisationId, int year, String moduleCode, Locale locale) {
        return catalog.find(year, moduleCode)
                .flatMap(module -> resolve(module, organisationId, null, false))
                .map(resolved -> resolved.options(locale))
                .orElse(List.of());
    }

    /** The policy of the results with its parameters in words, e.g. "10 meest vergelijkbare organisaties". */
    public String describePolicy(OrganisationResults results, Locale locale) {
        return describe(results.referencePolicy(), results.policyParameter(), locale);
    }

    /** The basis of the results and their own correction lines on hired staff, in words. */
    ResultsReport.Notes describeNotes(ModuleCatalog module, OrganisationResults results, Locale locale) {
        return NotesTexts.of(module, results, new Texts(messages, locale));
    }

    /** Which of its own cooperations or members the group leaves out, in words; empty when none. */
    public String describeLeftOut(OrganisationResults results, Locale locale) {
        return PolicyDescriptions.leftOut(messages, results.relatedLeftOut(), locale);
    }

    /** Each approved participant's total cost per unit, for judging outliers. */
    @Override
    public Map<Long, BigDecimal> totalCostPerUnit(int year, String moduleCode) {
        Optional<ModuleCatalog> module = catalog.find(year, moduleCode);
        if (module.isEmpty()) {
            return Map.of();
        }
        EditionBasis basis = live(module.get(), editions.settings(year, moduleCode));
        PolicyRun all = run(
                basis,
                ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD),
                BenchmarkEngine.LOWEST_MINIMUM_REFERENCE_SIZE,
                false);
        Map<Long, BigDecimal> costs = new HashMap<>();
        all.results()
                .forEach((id, results) -> results.comparison()
                        .line(FigureId.totalCostPerUnit())
                        .own()
                        .ifPresent(cost -> costs.put(id, cost)));
        return costs;
    }

    /** The results a page shows, with the policies to choose from, from one reading of the settings. */
    record PageResults(OrganisationResults results, List<PolicyOption> options, String chosenPolicy) {}

    Optional<PageResults> pageResults(
            long organisationId, ModuleCatalog module, String requestedPolicy, boolean beheerder, Locale locale) {
        return resolve(module, organisationId, requestedPolicy, beheerder)
                .map(resolved -> new PageResults(resolved.results(), resolved.options(locale), resolved.chosenCode()));
    }

    /** The live basis of an edition: today's approved data and settings. */
    EditionBasis live(ModuleCatalog module, EditionSettings settings) {
        Supplier<Loaded> loaded = once(() -> {
            List<ApprovedSubmission> submissions = approved.approved(module.year(), module.code());
            List<Long> ids =
                    submissions.stream().map(ApprovedSubmission::organisationId).toList();
            List<Organisation> participants = organisations.findAll(ids, module.year());
            Map<Long, Long> inhabitants = new HashMap<>();
            for (Organisation organisation : participants) {
                inhabitants.put(organisation.id(), organisation.inhabitants());
            }
            return new Loaded(
                    ParticipantInputs.of(module, submissions, inhabitants, cooperations(participants)),
                    relations(participants),
                    byOrganisation(submissions));
        });
        return new EditionBasis(
                module,
                settings,
                "live:" + fingerprint(module.year(), module.code()),
                false,
                () -> loaded.get().inputs(),
                () -> loaded.get().relations(),
                () -> loaded.get().versions());
    }

    private static Map<Long, ApprovedSubmission> byOrganisation(List<ApprovedSubmission> submissions) {
        Map<Long, ApprovedSubmission> byId = new HashMap<>();
        submissions.forEach(s -> byId.put(s.organisationId(), s));
        return byId;
    }

    /** The basis a publication froze, with the memberships it froze. */
    EditionBasis frozen(ModuleCatalog module, PublicationRepository.Head publication) {
        EditionSettings settings = publication
                .settings()
                .settings(module.year(), module.code(), publication.publishedAt(), publication.publishedBy());
        Supplier<Loaded> loaded = once(() -> {
            Map<Long, PublicationRepository.Member> members = publications.members(publication.id());
            Map<Long, Long> versions = new HashMap<>();
            Map<Long, Long> inhabitants = new HashMap<>();
            Map<Long, OrganisationKind> kinds = new HashMap<>();
            Map<Long, Set<String>> codes = new HashMap<>();
            members.forEach((id, member) -> {
                versions.put(id, member.versionId());
                if (member.inhabitants() != null) {
                    inhabitants.put(id, member.inhabitants());
                }
                // Publications from before kinds were frozen have none: their groups stay as published.
                if (member.kind() != null) {
                    kinds.put(id, member.kind());
                    codes.put(id, member.municipalityCodes());
                }
            });
            List<ApprovedSubmission> frozenVersions = approved.versions(module.year(), module.code(), versions);
            return new Loaded(
                    ParticipantInputs.of(module, frozenVersions, inhabitants, cooperations(kinds)),
                    ParticipantRelations.of(kinds, codes),
                    byOrganisation(frozenVersions));
        });
        return new EditionBasis(
                module,
                settings,
                "publication:" + publication.id(),
                true,
                () -> loaded.get().inputs(),
                () -> loaded.get().relations(),
                () -> loaded.get().versions());
    }

    /** What a basis computes from, read once. */
    private record Loaded(
            List<OrganisationInput> inputs, ParticipantRelations relations, Map<Long, ApprovedSubmission> versions) {}

    /**
     * The participants' kinds and their municipalities' CBS codes in the peiljaar: a municipality's
     * own code, a cooperation's members then.
     */
    static ParticipantRelations relations(List<Organisation> participants) {
        Map<Long, OrganisationKind> kinds = new HashMap<>();
        Map<Long, Set<String>> codes = new HashMap<>();
        for (Organisation organisation : participants) {
            kinds.put(organisation.id(), organisation.kind());
            codes.put(organisation.id(), municipalityCodes(organisation));
        }
        return ParticipantRelations.of(kinds, codes);
    }

    /** A municipality's own CBS code, or a cooperation's members' codes in the organisation's year. */
    static Set<String> municipalityCodes(Organisation organisation) {
        if (organisation.kind() == OrganisationKind.GEMEENTE) {
            return Set.of(organisation.code());
        }
        return organisation.members().stream().map(Municipality::code).collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the cooperations among the participants. */
    static Set<Long> cooperations(List<Organisation> participants) {
        return participants.stream()
                .filter(o -> o.kind() == OrganisationKind.SAMENWERKING)
                .map(Organisation::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    static Set<Long> cooperations(Map<Long, OrganisationKind> kinds) {
        return kinds.entrySet().stream()
                .filter(e -> e.getValue() == OrganisationKind.SAMENWERKING)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Loads at most once per basis, however many policies are computed from it. */
    private static <T> Supplier<T> once(Supplier<T> load) {
        return new Supplier<>() {
            private T loaded;

            @Override
            public synchronized T get() {
                if (loaded == null) {
                    loaded = load.get();
                }
                return loaded;
            }
        };
    }

    /**
     * The policies one organisation gets on a basis, after the differencing rule, with their results
     * as it may see them; the edition's default first.
     */
    PolicyChoices.Outcome choices(EditionBasis basis, long organisationId) {
        EditionSettings settings = basis.settings();
        int k = settings.minimumReferenceSize();
        List<ChosenPolicy> ordered = new ArrayList<>(ChosenPolicy.options(settings, organisationId));
        ChosenPolicy first = ChosenPolicy.resolve(settings, organisationId, null);
        ordered.remove(first);
        ordered.add(0, first);
        List<PolicyChoices.Candidate> candidates = new ArrayList<>();
        for (ChosenPolicy policy : ordered) {
            PolicyRun run = run(basis, policy, k, false);
            OrganisationResults results = run.results().get(organisationId);
            Optional<MemberSet> group = run.groups().of(organisationId);
            if (results != null && group.isPresent()) {
                candidates.add(new PolicyChoices.Candidate(policy, results, group.get()));
            }
        }
        if (candidates.isEmpty() && first.kind() != ReferencePolicy.ALLE_GOEDGEKEURD) {
            // Not computable under its options (e.g. left a named set): all participants.
            ChosenPolicy all = ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD);
            PolicyRun run = run(basis, all, k, false);
            OrganisationResults results = run.results().get(organisationId);
            Optional<MemberSet> group = run.groups().of(organisationId);
            if (results != null && group.isPresent()) {
                candidates.add(new PolicyChoices.Candidate(all, results, group.get()));
            }
        }
        return PolicyChoices.choose(basis.module().engineDefinition(), candidates, everyone(basis), k);
    }

    /**
     * Every participant's results under all participants: its own figures, for which figures are
     * defined for whom. The cached map itself, not a copy: it is read per request.
     */
    Map<Long, OrganisationResults> everyone(EditionBasis basis) {
        return run(
                        basis,
                        ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD),
                        basis.settings().minimumReferenceSize(),
                        false)
                .results();
    }

    /** The participants a basis has results for. */
    Set<Long> participants(EditionBasis basis) {
        return run(
                        basis,
                        ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD),
                        basis.settings().minimumReferenceSize(),
                        false)
                .results()
                .keySet();
    }

    /** @param settings those the results were computed with: frozen ones for a publication */
    private record Resolved(
            OrganisationResults results,
            List<ChosenPolicy> options,
            String chosenCode,
            EditionSettings settings,
            ResultsService service) {

        List<PolicyOption> options(Locale locale) {
            return options.stream()
                    .map(option -> new PolicyOption(option.code(), service.describeOption(option, settings, locale)))
                    .toList();
        }
    }

    private Optional<Resolved> resolve(
            ModuleCatalog module, long organisationId, String requestedPolicy, boolean beheerder) {
        EditionSettings settings = editions.settings(module.year(), module.code());
        EditionBasis basis;
        if (beheerder) {
            basis = live(module, settings);
        } else if (!settings.published()) {
            return preliminary(module, settings, organisationId);
        } else {
            Optional<PublicationRepository.Head> publication = publications.latest(module.year(), module.code());
            if (publication.isEmpty()) {
                return preliminary(module, settings, organisationId);
            }
            basis = frozen(module, publication.get());
            if (!participants(basis).contains(organisationId)) {
                // Approved after the publication: its own figures until the next one.
                return preliminary(module, settings, organisationId);
            }
        }
        PolicyChoices.Outcome outcome = choices(basis, organisationId);
        if (outcome.choices().isEmpty()) {
            return Optional.empty();
        }
        PolicyChoices.Choice chosen = match(outcome.choices(), requestedPolicy)
                .orElse(outcome.choices().get(0));
        List<ChosenPolicy> options =
                outcome.choices().stream().map(PolicyChoices.Choice::policy).toList();
        return Optional.of(
                new Resolved(chosen.results(), options, chosen.policy().code(), basis.settings(), this));
    }

    /** A bare {@code MAATWERK} names the first set the organisation takes part in. */
    private static Optional<PolicyChoices.Choice> match(List<PolicyChoices.Choice> choices, String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        String code = requested.strip().toUpperCase(Locale.ROOT);
        return choices.stream()
                .filter(c -> c.policy().code().equals(code)
                        || c.policy().kind().name().equals(code))
                .findFirst();
    }

    /** Own figures only, marked preliminary: a comparison with no reference organisations at all. */
    private Optional<Resolved> preliminary(ModuleCatalog module, EditionSettings settings, long organisationId) {
        EditionBasis basis = live(module, settings);
        PolicyRun run = run(basis, ChosenPolicy.of(settings.defaultPolicy()), settings.minimumReferenceSize(), true);
        OrganisationResults results = run.results().get(organisationId);
        if (results == null) {
            return Optional.empty();
        }
        List<ChosenPolicy> options = ChosenPolicy.options(settings, organisationId);
        return Optional.of(new Resolved(
                results,
                options,
                ChosenPolicy.resolve(settings, organisationId, null).code(),
                settings,
                this));
    }

    private PolicyRun run(EditionBasis basis, ChosenPolicy policy, int k, boolean preliminary) {
        EditionSettings settings = basis.settings();
        ModuleCatalog module = basis.module();
        String parameter = parameter(policy, settings, null);
        String policyKey = preliminary
                ? PRELIMINARY
                : policy.code() + ":" + parameter + ":" + consentingMembers(policy) + ":excl"
                        + settings.excludedOrganisations();
        ComparisonCache.Key key = new ComparisonCache.Key(
                module.year(),
                module.code(),
                (basis.frozen() ? "frozen:" : "live:") + policyKey,
                k,
                settings.published(),
                settings.defaultPolicy().name());
        Optional<PolicyRun> cached = cache.get(key, basis.state());
        if (cached.isPresent()) {
            return cached.get();
        }
        PolicyRun computed = compute(basis, policy, k, preliminary);
        // An approval between reading the state and the data would file new results under the old
        // state; then the results are used once but not kept. A publication never changes.
        if (basis.frozen() || basis.state().equals("live:" + fingerprint(module.year(), module.code()))) {
            cache.put(key, basis.state(), computed);
        }
        return computed;
    }

    /** Results change with the approved data and with inhabitants (a new municipality list). */
    private String fingerprint(int year, String moduleCode) {
        return approved.fingerprint(year, moduleCode) + "/" + organisations.fingerprint();
    }

    private PolicyRun compute(EditionBasis basis, ChosenPolicy policy, int k, boolean preliminary) {
        ModuleCatalog module = basis.module();
        EditionSettings settings = basis.settings();
        List<OrganisationInput> inputs = basis.inputs().get();
        ParticipantRelations relations = basis.relations().get();
        Map<Long, ApprovedSubmission> versions = basis.versions().get();
        ToIntFunction<FigureId> decimals = decimals(module);
        Map<Long, OrganisationResults> results = new HashMap<>();
        if (preliminary) {
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
                                false,
                                RelatedLeftOut.NONE,
                                versionIdOf(versions, input.organisationId()),
                                notes(basis, input.organisationId(), null, k)));
            }
            return new PolicyRun(results, ReferenceGroupIndex.ofLists(Map.of()));
        }
        ReferenceGroups.Computed computed = ReferenceGroups.compareAll(
                module.engineDefinition(),
                inputs,
                policy,
                settings.neighbourCount(),
                settings.excludedOrganisations(),
                relations,
                k);
        for (OrganisationInput input : inputs) {
            long id = input.organisationId();
            Comparison comparison = computed.comparisons().get(id);
            if (comparison != null) {
                results.put(
                        id,
                        new OrganisationResults(
                                id,
                                module.year(),
                                module.code(),
                                policy.kind().name(),
                                input,
                                comparison.disclosed(decimals),
                                false,
                                parameter(policy, settings, input),
                                settings.published(),
                                new RelatedLeftOut(relations.kinds().get(id), computed.leftOutOf(id)),
                                versionIdOf(versions, id),
                                notes(basis, id, computed.groups().of(id).orElse(null), k)));
            }
        }
        return new PolicyRun(results, computed.groups());
    }

    /** The submission version the organisation's own figures come from. */
    private static long versionIdOf(Map<Long, ApprovedSubmission> versions, long organisationId) {
        ApprovedSubmission version = versions.get(organisationId);
        return version == null ? OrganisationResults.NO_VERSION : version.versionId();
    }

    /**
     * The organisation's own basis and correction lines, and its group's basis when the group has
     * at least k organisations: below that nothing is said about the group, not even a count.
     */
    private static SubmissionNotes notes(EditionBasis basis, long organisationId, MemberSet group, int k) {
        Map<Long, ApprovedSubmission> versions = basis.versions().get();
        ApprovedSubmission own = versions.get(organisationId);
        if (own == null) {
            return SubmissionNotes.NONE;
        }
        SubmissionNotes.GroupBasis groupBasis = null;
        if (group != null && group.size() >= k) {
            List<Basis> bases = new ArrayList<>();
            for (long member : group.members()) {
                ApprovedSubmission version = versions.get(member);
                bases.add(version == null ? Basis.BEGROTING : version.basis().basis());
            }
            groupBasis = SubmissionNotes.GroupBasis.of(bases);
        }
        return new SubmissionNotes(own.basis(), own.corrections(), groupBasis);
    }

    /** The decimals each figure is shown with: reference values leave the server rounded to them. */
    static ToIntFunction<FigureId> decimals(ModuleCatalog module) {
        Map<String, Integer> indicators = new HashMap<>();
        for (DerivedIndicator indicator : module.derivedIndicators()) {
            indicators.put(indicator.code(), ValueFormat.of(indicator.format()).decimals());
        }
        return figure -> switch (figure.kind()) {
            case TASK_COST_PER_UNIT, OUTSOURCING_COST_PER_UNIT, GROUP_COST_PER_UNIT, TOTAL_COST_PER_UNIT ->
                ValueFormat.EURO.decimals();
            case TASK_FTE_PER_100_UNITS, GROUP_FTE_PER_100_UNITS, TOTAL_FTE_PER_100_UNITS -> ValueFormat.FTE.decimals();
            case DERIVED_INDICATOR -> indicators.getOrDefault(figure.code(), ValueFormat.DECIMAL.decimals());
        };
    }

    /** n, the organisation's size class, or the set's name; empty for all participants. */
    private static String parameter(ChosenPolicy policy, EditionSettings settings, OrganisationInput input) {
        return switch (policy.kind()) {
            case ALLE_GOEDGEKEURD -> "";
            case NAASTE_BUREN -> String.valueOf(settings.neighbourCount());
            case GROOTTEKLASSE ->
                input == null ? "" : ReferenceGroups.sizeClass(input).name();
            case MAATWERK -> policy.namedSet() == null ? "" : policy.namedSet().name();
            case GEMEENTEN, SAMENWERKINGEN -> "";
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

    /** The option in words, with n or the set's name; the organisation's size class is named with its results. */
    String describeOption(ChosenPolicy option, EditionSettings settings, Locale locale) {
        String parameter = switch (option.kind()) {
            case NAASTE_BUREN -> String.valueOf(settings.neighbourCount());
            case MAATWERK -> option.namedSet() == null ? "" : option.namedSet().name();
            default -> "";
        };
        return describe(option.kind().name(), parameter, locale);
    }

    String describe(String policyCode, String parameter, Locale locale) {
        return PolicyDescriptions.describe(messages, policyCode, parameter, locale);
    }
}
