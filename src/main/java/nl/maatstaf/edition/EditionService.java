package nl.maatstaf.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the settings of editions, and the organisations' consent to named sets. Every
 * change is audited in the same transaction. Validation problems come back as message keys by
 * field; nothing is changed then.
 */
@Service
public class EditionService {

    public static final String AUDIT_ENTITY = "editie";
    public static final String CONSENT_AUDIT_ENTITY = "toestemming_maatwerk";

    /** n for nearest neighbours when the beheerder has not chosen one. */
    public static final int DEFAULT_NEIGHBOUR_COUNT = 10;

    static final int MAX_REASON_LENGTH = 2000;
    static final int MAX_NAME_LENGTH = 150;
    static final int MAX_NEIGHBOUR_COUNT = 1000;

    private final EditionRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultMinimumReferenceSize;
    private final Map<EditionKey, KnownSettings> knownSettings = new ConcurrentHashMap<>();

    EditionService(EditionRepository repository, AuditLog audit, Clock clock, CatalogService catalog) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.defaultMinimumReferenceSize = catalog.kMinimum();
    }

    /**
     * The policies, k and n a beheerder can change at once.
     *
     * @param expectedVersion the {@link #version} the form was based on: a change based on an older
     *     version is refused rather than silently overwriting someone else's; {@link #ANY_VERSION}
     *     for changes that are not based on a form (the demo data)
     * @param deadline the date by which participants should have submitted, or null for none
     */
    public record SettingsChange(
            Set<ReferencePolicy> allowedPolicies,
            ReferencePolicy defaultPolicy,
            int neighbourCount,
            int minimumReferenceSize,
            int expectedVersion,
            LocalDate deadline) {

        public static final int ANY_VERSION = -1;

        /** A change without a deadline. */
        public SettingsChange(
                Set<ReferencePolicy> allowedPolicies,
                ReferencePolicy defaultPolicy,
                int neighbourCount,
                int minimumReferenceSize,
                int expectedVersion) {
            this(allowedPolicies, defaultPolicy, neighbourCount, minimumReferenceSize, expectedVersion, null);
        }

        public SettingsChange(
                Set<ReferencePolicy> allowedPolicies,
                ReferencePolicy defaultPolicy,
                int neighbourCount,
                int minimumReferenceSize) {
            this(allowedPolicies, defaultPolicy, neighbourCount, minimumReferenceSize, ANY_VERSION, null);
        }
    }

    /** The edition's submission deadline, if the beheerder set one. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> deadline(int year, String moduleCode) {
        return repository.find(year, moduleCode).map(EditionRow::submissionDeadline);
    }

    /** The submission deadlines of the peiljaar's editions that have one, by module code. */
    @Transactional(readOnly = true)
    public Map<String, LocalDate> deadlines(int year) {
        return repository.deadlines(year);
    }

    /** The version of the edition's settings that a settings form is based on. */
    @Transactional(readOnly = true)
    int version(int year, String moduleCode) {
        return repository.find(year, moduleCode).map(EditionRow::lockVersion).orElse(0);
    }

    /**
     * The edition's settings. Read on every results request, so they are kept per edition until
     * the generation number changes: one small query instead of five, and still correct when
     * another application instance changed something.
     */
    @Transactional(readOnly = true)
    public EditionSettings settings(int year, String moduleCode) {
        // The generation is read before the settings: a change committed in between makes the next
        // request read them again, never keeps older settings under a newer number.
        long generation = repository.generation();
        EditionKey key = new EditionKey(year, moduleCode);
        KnownSettings known = knownSettings.get(key);
        if (known != null && known.generation() == generation) {
            return known.settings();
        }
        EditionSettings settings = read(year, moduleCode);
        knownSettings.put(key, new KnownSettings(generation, settings));
        return settings;
    }

    private record EditionKey(int year, String moduleCode) {}

    private record KnownSettings(long generation, EditionSettings settings) {}

    private EditionSettings read(int year, String moduleCode) {
        EditionRow row = repository.find(year, moduleCode).orElseGet(() -> defaults(year, moduleCode));
        Set<Long> consenting = repository.consenting();
        Map<Long, List<Long>> members = repository.namedSetMembers(year, moduleCode);
        List<NamedSet> sets = new ArrayList<>();
        for (EditionRepository.NamedSetRow set : repository.namedSets(year, moduleCode)) {
            List<Long> named = members.getOrDefault(set.id(), List.of());
            Set<Long> consentingMembers =
                    named.stream().filter(consenting::contains).collect(Collectors.toSet());
            sets.add(new NamedSet(set.id(), set.name(), named, consentingMembers));
        }
        return new EditionSettings(
                year,
                moduleCode,
                policies(row.allowedPolicies()),
                ReferencePolicy.valueOf(row.defaultPolicy()),
                row.neighbourCount(),
                row.minimumReferenceSize(),
                row.published(),
                row.publishedAt(),
                row.publishedBy(),
                sets,
                repository.outlierDecisions(year, moduleCode));
    }

    /** @return message keys by field; empty when the change was saved */
    @Transactional
    public Map<String, String> changeSettings(int year, String moduleCode, SettingsChange change, String username) {
        Map<String, String> errors = new TreeMap<>();
        if (change.allowedPolicies() == null || change.allowedPolicies().isEmpty()) {
            errors.put("allowed", "edition.error.noPolicy");
        } else if (change.defaultPolicy() == null || !change.allowedPolicies().contains(change.defaultPolicy())) {
            errors.put("defaultPolicy", "edition.error.defaultNotAllowed");
        }
        if (change.minimumReferenceSize() < 3 || change.minimumReferenceSize() > MAX_NEIGHBOUR_COUNT) {
            errors.put("minimumReferenceSize", "edition.error.k");
        }
        if (change.neighbourCount() < change.minimumReferenceSize() || change.neighbourCount() > MAX_NEIGHBOUR_COUNT) {
            errors.put("neighbourCount", "edition.error.n");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        EditionRow old = row(year, moduleCode, username);
        if (change.expectedVersion() != SettingsChange.ANY_VERSION && change.expectedVersion() != old.lockVersion()) {
            return Map.of("form", "edition.error.changedMeanwhile");
        }
        EditionRow changed = new EditionRow(
                year,
                moduleCode,
                codes(change.allowedPolicies()),
                change.defaultPolicy().name(),
                change.neighbourCount(),
                change.minimumReferenceSize(),
                old.published(),
                old.publishedAt(),
                old.publishedBy(),
                change.deadline(),
                old.lockVersion());
        repository.update(changed, now(), username);
        String key = auditKey(year, moduleCode);
        List<AuditEntry> entries = new ArrayList<>();
        addChange(
                entries,
                username,
                key,
                "toegestane_referentiegroepen",
                old.allowedPolicies(),
                changed.allowedPolicies());
        addChange(entries, username, key, "standaard_referentiegroep", old.defaultPolicy(), changed.defaultPolicy());
        addChange(entries, username, key, "n_naaste_buren", old.neighbourCount(), changed.neighbourCount());
        addChange(entries, username, key, "k", old.minimumReferenceSize(), changed.minimumReferenceSize());
        // No deadline is recorded as empty, not as the word null.
        addChange(
                entries,
                username,
                key,
                "inleverdatum",
                Objects.toString(old.submissionDeadline(), ""),
                Objects.toString(changed.submissionDeadline(), ""));
        audit.recordAll(entries);
        return Map.of();
    }

    /**
     * Locks the edition's settings for a publication (changes and other publications of this
     * edition wait until the caller's transaction ends) and reads them as they are now.
     */
    @Transactional
    public EditionSettings lockForPublication(int year, String moduleCode, String username) {
        row(year, moduleCode, username);
        return read(year, moduleCode);
    }

    /** Participants see their comparison from now on. */
    @Transactional
    public void publish(int year, String moduleCode, String username) {
        setPublished(year, moduleCode, true, username);
    }

    /** Participants see only their own, preliminary figures again. */
    @Transactional
    public void withdraw(int year, String moduleCode, String username) {
        setPublished(year, moduleCode, false, username);
    }

    /**
     * Publishing what is published (a second tab, a double click) or withdrawing what is not
     * changes nothing: the first publication keeps its date and name, and no audit line is added.
     */
    private void setPublished(int year, String moduleCode, boolean published, String username) {
        EditionRow old = row(year, moduleCode, username);
        if (old.published() == published) {
            return;
        }
        OffsetDateTime at = now();
        repository.update(
                new EditionRow(
                        year,
                        moduleCode,
                        old.allowedPolicies(),
                        old.defaultPolicy(),
                        old.neighbourCount(),
                        old.minimumReferenceSize(),
                        published,
                        published ? at : old.publishedAt(),
                        published ? username : old.publishedBy(),
                        old.submissionDeadline(),
                        old.lockVersion()),
                at,
                username);
        audit.record(AuditEntry.action(
                username,
                null,
                published ? "EDITIE_GEPUBLICEERD" : "PUBLICATIE_INGETROKKEN",
                AUDIT_ENTITY,
                auditKey(year, moduleCode)));
    }

    /**
     * Excludes a flagged organisation from everyone else's reference group, or keeps it, with the
     * reason written down.
     *
     * @return message keys by field; empty when the decision was saved
     */
    @Transactional
    public Map<String, String> decideOutlier(
            int year, String moduleCode, long organisationId, boolean exclude, String reason, String username) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return Map.of("reason", "edition.error.reasonRequired");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            return Map.of("reason", "edition.error.reasonTooLong");
        }
        row(year, moduleCode, username);
        repository.saveOutlierDecision(
                year, moduleCode, new OutlierDecision(organisationId, exclude, text, username, now()));
        audit.record(new AuditEntry(
                username,
                organisationId,
                exclude ? "UITSCHIETER_UITGESLOTEN" : "UITSCHIETER_BEHOUDEN",
                AUDIT_ENTITY,
                auditKey(year, moduleCode),
                "reden",
                null,
                text));
        return Map.of();
    }

    /** @return message keys by field; empty when the set was created */
    @Transactional
    public Map<String, String> createNamedSet(
            int year, String moduleCode, String name, Collection<Long> members, String username) {
        Map<String, String> errors = new TreeMap<>();
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > MAX_NAME_LENGTH) {
            errors.put("name", "edition.error.setName");
        } else if (repository.namedSetExists(year, moduleCode, text)) {
            errors.put("name", "edition.error.setNameTaken");
        }
        if (members == null || members.size() < 2) {
            errors.put("members", "edition.error.setMembers");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        row(year, moduleCode, username);
        long id = repository.insertNamedSet(year, moduleCode, text, members);
        audit.record(new AuditEntry(
                username,
                null,
                "MAATWERKSET_AANGEMAAKT",
                AUDIT_ENTITY,
                auditKey(year, moduleCode),
                "set " + id,
                null,
                text + ": " + members.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))));
        return Map.of();
    }

    /**
     * Renames the set and replaces its members, checked as on creation. Members without consent
     * are kept but do not take part.
     *
     * @param expectedVersion the set's version the change is based on: a change based on an older
     *     version is refused rather than silently overwriting someone else's
     * @return message keys by field; {@code id} when the edition has no such set; {@code version}
     *     when the set was changed meanwhile; empty when saved
     */
    @Transactional
    public Map<String, String> changeNamedSet(
            int year,
            String moduleCode,
            long setId,
            String name,
            Collection<Long> members,
            int expectedVersion,
            String username) {
        Map<String, String> errors = new TreeMap<>();
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > MAX_NAME_LENGTH) {
            errors.put("name", "edition.error.setName");
        } else if (repository.otherNamedSetExists(year, moduleCode, text, setId)) {
            errors.put("name", "edition.error.setNameTaken");
        }
        if (members == null || members.size() < 2) {
            errors.put("members", "edition.error.setMembers");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        row(year, moduleCode, username);
        Optional<EditionRepository.LockedNamedSet> set = repository.lockNamedSet(year, moduleCode, setId);
        if (set.isEmpty()) {
            return Map.of("id", "edition.saved.setNotFound");
        }
        String oldMembers = joined(repository.namedSetMemberIds(setId));
        if (set.get().lockVersion() != expectedVersion
                || !repository.updateNamedSet(setId, text, members, expectedVersion)) {
            return Map.of("version", "edition.api.setChangedMeanwhile");
        }
        String key = auditKey(year, moduleCode);
        List<AuditEntry> entries = new ArrayList<>();
        addChange(entries, username, key, "set " + setId + " naam", set.get().name(), text);
        addChange(entries, username, key, "set " + setId + " leden", oldMembers, joined(members));
        audit.recordAll(entries);
        return Map.of();
    }

    /** The version of each of the edition's named sets, by set id, to send back with a change. */
    @Transactional(readOnly = true)
    Map<Long, Integer> namedSetVersions(int year, String moduleCode) {
        return repository.namedSetVersions(year, moduleCode);
    }

    private static String joined(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** @return false when the edition has no such set (any more): nothing was deleted */
    @Transactional
    public boolean deleteNamedSet(int year, String moduleCode, long setId, String username) {
        Optional<String> deleted = repository.deleteNamedSet(year, moduleCode, setId);
        deleted.ifPresent(name -> audit.record(new AuditEntry(
                username,
                null,
                "MAATWERKSET_VERWIJDERD",
                AUDIT_ENTITY,
                auditKey(year, moduleCode),
                "set " + setId,
                name,
                null)));
        return deleted.isPresent();
    }

    /** Organisations that consented to take part in named sets. */
    @Transactional(readOnly = true)
    public Set<Long> consentingOrganisations() {
        return repository.consenting();
    }

    @Transactional(readOnly = true)
    public boolean hasConsented(long organisationId) {
        return repository.consent(organisationId).orElse(false);
    }

    /**
     * Gives or withdraws the organisation's consent to named sets. Confirming what holds already
     * (a second tab, a double click) changes and audits nothing.
     */
    @Transactional
    public void setConsent(long organisationId, boolean consented, String username) {
        boolean old = repository.lockConsent(organisationId, now(), username);
        if (old == consented) {
            return;
        }
        repository.saveConsent(organisationId, consented, now(), username);
        audit.record(AuditEntry.change(
                username,
                organisationId,
                CONSENT_AUDIT_ENTITY,
                String.valueOf(organisationId),
                "toestemming",
                String.valueOf(old),
                String.valueOf(consented)));
    }

    public static String auditKey(int year, String moduleCode) {
        return year + "/" + moduleCode;
    }

    /**
     * The stored row, created with the defaults on the first change, and locked for the rest of the
     * transaction so that concurrent changes of the edition take turns and each sees the other's.
     */
    private EditionRow row(int year, String moduleCode, String username) {
        Optional<EditionRow> stored = repository.findForUpdate(year, moduleCode);
        if (stored.isPresent()) {
            return stored.get();
        }
        repository.insertIfAbsent(defaults(year, moduleCode), now(), username);
        return repository.findForUpdate(year, moduleCode).orElseThrow();
    }

    private EditionRow defaults(int year, String moduleCode) {
        return new EditionRow(
                year,
                moduleCode,
                ReferencePolicy.ALLE_GOEDGEKEURD.name(),
                ReferencePolicy.ALLE_GOEDGEKEURD.name(),
                Math.max(DEFAULT_NEIGHBOUR_COUNT, defaultMinimumReferenceSize),
                defaultMinimumReferenceSize,
                false,
                null,
                null,
                null,
                0);
    }

    private static Set<ReferencePolicy> policies(String codes) {
        Set<ReferencePolicy> policies = EnumSet.noneOf(ReferencePolicy.class);
        Arrays.stream(codes.split(",")).map(ReferencePolicy::parse).forEach(policy -> policy.ifPresent(policies::add));
        return policies;
    }

    private static String codes(Set<ReferencePolicy> policies) {
        return policies.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static void addChange(
            List<AuditEntry> entries, String username, String key, String field, Object old, Object changed) {
        if (!String.valueOf(old).equals(String.valueOf(changed))) {
            entries.add(AuditEntry.change(
                    username, null, AUDIT_ENTITY, key, field, String.valueOf(old), String.valueOf(changed)));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
