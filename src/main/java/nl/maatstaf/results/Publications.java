package nl.maatstaf.results;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.FigureKind;
import nl.maatstaf.engine.GroupDifference;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication as a frozen snapshot (decision 0009). Publishing stores which approved version of
 * every participant, which inhabitants and which settings the results are computed from; from then
 * on participants see those results, whatever is approved, excluded or corrected later, until the
 * beheerder publishes again. A new publication is compared with the previous one: for every
 * participant and every policy it could choose in both, the organisations whose contribution to a
 * reference figure differs must be none or at least k; otherwise publishing needs a written reason.
 */
@Service
class Publications implements EditionPublisher {

    static final int MAX_REASON_LENGTH = 2000;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final CatalogService catalog;
    private final EditionService editions;
    private final ResultsService results;
    private final PublicationRepository repository;
    private final ApprovedSubmissions approved;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final Clock clock;

    Publications(
            CatalogService catalog,
            EditionService editions,
            ResultsService results,
            PublicationRepository repository,
            ApprovedSubmissions approved,
            OrganisationService organisations,
            AuditLog audit,
            Clock clock) {
        this.catalog = catalog;
        this.editions = editions;
        this.results = results;
        this.repository = repository;
        this.approved = approved;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome publish(int year, String moduleCode, String username, String overrideReason) {
        ModuleCatalog module = catalog.find(year, moduleCode)
                .orElseThrow(() -> new IllegalArgumentException("No module " + moduleCode + " in " + year));
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if (reason.length() > MAX_REASON_LENGTH) {
            return new Outcome.Refused(
                    List.of(new Problem("edition.publication.reasonTooLong", List.of(MAX_REASON_LENGTH))));
        }
        EditionSettings settings = editions.lockForPublication(year, moduleCode, username);
        EditionBasis next = results.live(module, settings);
        Map<Long, PublicationRepository.Member> members = members(module, results.participants(next));
        FrozenSettings frozen = FrozenSettings.of(settings);
        Optional<PublicationRepository.Head> previous = repository.latest(year, moduleCode);
        Map<Long, PublicationRepository.Member> previousMembers =
                previous.map(p -> repository.members(p.id())).orElse(Map.of());
        if (previous.isPresent()
                && previousMembers.equals(members)
                && previous.get().settings().equals(frozen)) {
            if (settings.published()) {
                return new Outcome.Unchanged();
            }
            // Published again after a withdrawal, with nothing changed: the same snapshot.
            editions.publish(year, moduleCode, username);
            return new Outcome.Published(previous.get().number());
        }
        if (previous.isPresent()) {
            List<Problem> problems =
                    changes(results.frozen(module, previous.get()), previousMembers, next, members, settings);
            if (!problems.isEmpty() && reason.isEmpty()) {
                return new Outcome.Refused(problems);
            }
        }
        int number = previous.map(p -> p.number() + 1).orElse(1);
        OffsetDateTime at = OffsetDateTime.now(clock);
        repository.insert(year, moduleCode, number, at, username, frozen, reason.isEmpty() ? null : reason, members);
        editions.publish(year, moduleCode, username);
        audit.record(new AuditEntry(
                username,
                null,
                "PUBLICATIE_VASTGELEGD",
                EditionService.AUDIT_ENTITY,
                year + "/" + moduleCode,
                "publicatie " + number,
                null,
                members.size() + " deelnemers"
                        + (reason.isEmpty() ? "" : "; gepubliceerd ondanks verschil: " + reason)));
        return new Outcome.Published(number);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Problem> overlappingChoices(EditionSettings proposed) {
        Optional<ModuleCatalog> module = catalog.find(proposed.year(), proposed.moduleCode());
        if (module.isEmpty()) {
            return List.of();
        }
        EditionBasis basis = results.live(module.get(), proposed);
        Map<String, int[]> clashes = new TreeMap<>();
        Map<String, List<Object>> names = new HashMap<>();
        for (long participant : results.participants(basis)) {
            for (PolicyChoices.Rejected rejected :
                    results.choices(basis, participant).rejected()) {
                String key =
                        rejected.policy().kind() + "/" + rejected.clashesWith().kind();
                int[] found = clashes.computeIfAbsent(key, k -> new int[] {0, Integer.MAX_VALUE});
                found[0]++;
                found[1] = Math.min(found[1], rejected.differing());
                names.putIfAbsent(
                        key,
                        List.of(describe(rejected.policy(), proposed), describe(rejected.clashesWith(), proposed)));
            }
        }
        List<Problem> problems = new ArrayList<>();
        clashes.forEach((key, found) -> problems.add(new Problem(
                "edition.error.overlappingChoices",
                List.of(
                        names.get(key).get(0),
                        names.get(key).get(1),
                        found[0],
                        found[1],
                        proposed.minimumReferenceSize()))));
        return problems;
    }

    /**
     * Every participant that can be computed, with its approved version and its inhabitants in the
     * peiljaar (members and municipality list of that year).
     */
    private Map<Long, PublicationRepository.Member> members(ModuleCatalog module, Set<Long> participants) {
        Map<Long, Organisation> byId = new HashMap<>();
        for (Organisation organisation : organisations.findAll(List.copyOf(participants), module.year())) {
            byId.put(organisation.id(), organisation);
        }
        Map<Long, PublicationRepository.Member> members = new HashMap<>();
        for (ApprovedSubmission submission : approved.approved(module.year(), module.code())) {
            Organisation organisation = byId.get(submission.organisationId());
            if (participants.contains(submission.organisationId())) {
                members.put(
                        submission.organisationId(),
                        organisation == null
                                ? new PublicationRepository.Member(submission.versionId(), null, null, Set.of())
                                : new PublicationRepository.Member(
                                        submission.versionId(),
                                        organisation.inhabitants(),
                                        organisation.kind(),
                                        ResultsService.municipalityCodes(organisation)));
            }
        }
        return members;
    }

    /**
     * Where the next publication differs too little from the previous one. For every participant in
     * both, every policy it gets in both, and every reference figure shown in both: the
     * organisations whose contribution differs (in one group only, or in both with other data).
     */
    private List<Problem> changes(
            EditionBasis before,
            Map<Long, PublicationRepository.Member> beforeMembers,
            EditionBasis after,
            Map<Long, PublicationRepository.Member> afterMembers,
            EditionSettings settings) {
        int k = settings.minimumReferenceSize();
        Set<Long> changed = new HashSet<>();
        beforeMembers.forEach((id, member) -> {
            PublicationRepository.Member now = afterMembers.get(id);
            // A changed membership changes groups, not this member's own figures: the groups say so.
            if (now != null && !now.contributesAs(member)) {
                changed.add(id);
            }
        });
        Map<Long, OrganisationResults> everyoneBefore = results.everyone(before);
        Map<Long, OrganisationResults> everyoneAfter = results.everyone(after);
        Map<String, int[]> found = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (long participant : results.participants(after)) {
            if (!beforeMembers.containsKey(participant)) {
                continue;
            }
            Map<String, PolicyChoices.Choice> earlier = new HashMap<>();
            for (PolicyChoices.Choice choice :
                    results.choices(before, participant).choices()) {
                earlier.put(choice.policy().code(), choice);
            }
            for (PolicyChoices.Choice now : results.choices(after, participant).choices()) {
                PolicyChoices.Choice then = earlier.get(now.policy().code());
                if (then == null) {
                    continue;
                }
                int differing = smallestUnsafeDifference(then, now, changed, everyoneBefore, everyoneAfter, k);
                if (differing >= 0) {
                    String key = now.policy().kind().name();
                    int[] counts = found.computeIfAbsent(key, x -> new int[] {0, Integer.MAX_VALUE});
                    counts[0]++;
                    counts[1] = Math.min(counts[1], differing);
                    names.putIfAbsent(key, describe(now.policy(), settings));
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        found.forEach((key, counts) -> problems.add(
                new Problem("edition.publication.tooLittleChange", List.of(names.get(key), counts[0], counts[1], k))));
        return problems;
    }

    /** The number of organisations whose contribution differs where that is unsafe; −1 when safe. */
    private static int smallestUnsafeDifference(
            PolicyChoices.Choice then,
            PolicyChoices.Choice now,
            Set<Long> changed,
            Map<Long, OrganisationResults> everyoneBefore,
            Map<Long, OrganisationResults> everyoneAfter,
            int k) {
        List<Long> common = MemberSet.commonMembers(then.group(), now.group());
        List<ComparisonLine> before = then.results().comparison().lines();
        List<ComparisonLine> after = now.results().comparison().lines();
        int smallest = -1;
        for (int figure = 0; figure < Math.min(before.size(), after.size()); figure++) {
            ComparisonLine a = before.get(figure);
            ComparisonLine b = after.get(figure);
            if (!a.hasReference() || !b.hasReference() || !a.figure().equals(b.figure())) {
                continue;
            }
            boolean indicator = a.figure().kind() == FigureKind.DERIVED_INDICATOR;
            int definedInBoth = 0;
            int same = 0;
            for (long id : common) {
                boolean defined =
                        !indicator || (defined(everyoneBefore, id, figure) && defined(everyoneAfter, id, figure));
                if (defined) {
                    definedInBoth++;
                    if (!changed.contains(id)) {
                        same++;
                    }
                }
            }
            int differing = a.referenceSize() + b.referenceSize() - definedInBoth - same;
            if (!GroupDifference.safe(differing, k) && (smallest < 0 || differing < smallest)) {
                smallest = differing;
            }
        }
        return smallest;
    }

    private static boolean defined(Map<Long, OrganisationResults> everyone, long id, int figure) {
        OrganisationResults results = everyone.get(id);
        return results != null && results.comparison().lines().get(figure).own().isPresent();
    }

    private String describe(ChosenPolicy policy, EditionSettings settings) {
        return results.describeOption(policy, settings, DUTCH);
    }
}
