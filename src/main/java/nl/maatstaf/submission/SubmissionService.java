package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.common.DutchNumbers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts, submission and review. Every change is compared with what is stored and audited field
 * by field in the same transaction; optimistic locking refuses a save based on a stale form.
 * Callers have checked who may do what (see {@link SubmissionAccess}).
 */
@Service
class SubmissionService {

    static final String AUDIT_ENTITY = "submission";

    private final SubmissionRepository repository;
    private final ValidationContexts contexts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CatalogService catalogs;

    SubmissionService(
            SubmissionRepository repository,
            ValidationContexts contexts,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock,
            CatalogService catalogs) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.contexts = contexts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    Draft load(long organisationId, ModuleCatalog catalog) {
        return Objects.requireNonNull(
                transactions.execute(status -> draft(repository.find(organisationId, catalog.year(), catalog.code()))));
    }

    Optional<Draft> load(long submissionId) {
        return transactions.execute(status -> repository.find(submissionId).map(row -> draft(Optional.of(row))));
    }

    ValidationResult validate(long organisationId, Questionnaire questionnaire, Map<String, String> raw) {
        return SubmissionValidator.validate(
                questionnaire, raw, contexts.forOrganisation(organisationId, questionnaire.catalog()));
    }

    /** Validates the values and the basis and correction lines together, as submission does. */
    ValidationResult validate(
            long organisationId, Questionnaire questionnaire, Map<String, String> raw, DraftDetails details) {
        return withDetails(questionnaire, validate(organisationId, questionnaire, raw), details);
    }

    static ValidationResult withDetails(Questionnaire questionnaire, ValidationResult values, DraftDetails details) {
        DetailsValidator.Checked checked = DetailsValidator.check(questionnaire, values, details);
        if (checked.errors().isEmpty()) {
            return values;
        }
        List<Finding> errors = new ArrayList<>(values.errors());
        errors.addAll(checked.errors());
        return new ValidationResult(values.numbers(), values.markers(), errors, values.warnings());
    }

    SaveOutcome save(MaatstafUser user, long organisationId, Questionnaire questionnaire, DraftChanges changes) {
        return save(user, organisationId, questionnaire, changes, outcome -> {});
    }

    /**
     * Saves like {@link #save(MaatstafUser, long, Questionnaire, DraftChanges)} and lets the caller
     * record what belongs to the save (a kept file, an audit line) in the same transaction.
     */
    SaveOutcome save(
            MaatstafUser user,
            long organisationId,
            Questionnaire questionnaire,
            DraftChanges changes,
            Consumer<SaveOutcome> inSameTransaction) {
        Optional<SaveOutcome> closed = yearClosed(organisationId, questionnaire.catalog());
        if (closed.isPresent()) {
            return closed.get();
        }
        ensureRowExists(user, organisationId, questionnaire.catalog(), changes.expectedLock());
        return Objects.requireNonNull(transactions.execute(status -> {
            SaveOutcome outcome = saveInTransaction(user, organisationId, questionnaire, changes);
            inSameTransaction.accept(outcome);
            return outcome;
        }));
    }

    /**
     * Saves the afsluiting step and, when everything is in order, turns the draft into a new
     * immutable version. A refused submission still keeps what was typed.
     */
    SubmitOutcome submit(
            MaatstafUser user,
            long organisationId,
            Questionnaire questionnaire,
            DraftChanges changes,
            boolean confirmed) {
        Optional<SaveOutcome> closed = yearClosed(organisationId, questionnaire.catalog());
        if (closed.isPresent()) {
            return new SubmitOutcome.NotSaved(closed.get());
        }
        ensureRowExists(user, organisationId, questionnaire.catalog(), changes.expectedLock());
        return Objects.requireNonNull(transactions.execute(status -> {
            SaveOutcome saved = saveInTransaction(user, organisationId, questionnaire, changes);
            if (!(saved instanceof SaveOutcome.Saved)) {
                return new SubmitOutcome.NotSaved(saved);
            }
            Draft draft = saved.draft();
            ValidationResult validation = validate(organisationId, questionnaire, draft.raw(), draft.details());
            Readiness readiness = Readiness.of(
                    validation, draft.explanations(), draft.contactName(), draft.contactEmail(), confirmed);
            if (!readiness.submittable()) {
                return new SubmitOutcome.NotReady(draft, readiness);
            }
            int versionNo = createVersion(user, questionnaire, draft, validation);
            return new SubmitOutcome.Submitted(reload(draft), versionNo);
        }));
    }

    /** After approval the participant may correct the figures; the approved version stays in force. */
    boolean startCorrection(MaatstafUser user, long organisationId, ModuleCatalog catalog) {
        if (!catalogs.isOpen(catalog.year())) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<SubmissionRow> row = repository.find(organisationId, catalog.year(), catalog.code());
            if (row.isEmpty()
                    || !repository.changeStatus(
                            row.get().id(),
                            SubmissionStatus.GOEDGEKEURD,
                            SubmissionStatus.CONCEPT,
                            now(),
                            user.getUsername())) {
                return false;
            }
            audit.record(AuditEntry.action(
                    user.getUsername(), organisationId, "CORRECTIE_GESTART", AUDIT_ENTITY, key(row.get())));
            return true;
        }));
    }

    /** Approves or returns the version awaiting review; false when there is none (any more). */
    boolean review(MaatstafUser reviewer, long submissionId, SubmissionStatus outcome, String remark) {
        if (outcome != SubmissionStatus.GOEDGEKEURD && outcome != SubmissionStatus.TERUGGESTUURD) {
            throw new IllegalArgumentException("A review approves or returns, not " + outcome);
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<SubmissionRow> row = repository.find(submissionId);
            if (row.isEmpty() || row.get().status() != SubmissionStatus.INGEDIEND) {
                return false;
            }
            List<VersionRow> versions = repository.versions(submissionId);
            OffsetDateTime at = now();
            String text = remark == null || remark.isBlank() ? null : remark.strip();
            if (versions.isEmpty()
                    || !repository.review(versions.get(0).id(), outcome, text, at, reviewer.getUsername())
                    || !repository.changeStatus(
                            submissionId, SubmissionStatus.INGEDIEND, outcome, at, reviewer.getUsername())) {
                status.setRollbackOnly();
                return false;
            }
            audit.record(new AuditEntry(
                    reviewer.getUsername(),
                    row.get().organisationId(),
                    outcome.name(),
                    AUDIT_ENTITY,
                    key(row.get()),
                    "versie " + versions.get(0).versionNo(),
                    null,
                    text));
            return true;
        }));
    }

    Map<String, ValueMarker> versionMarkers(long versionId) {
        return Objects.requireNonNull(transactions.execute(status -> repository.versionMarkers(versionId)));
    }

    Map<String, BigDecimal> versionValues(long versionId) {
        return Objects.requireNonNull(transactions.execute(status -> repository.versionValues(versionId)));
    }

    Map<String, String> versionTexts(long versionId) {
        return Objects.requireNonNull(transactions.execute(status -> repository.versionTexts(versionId)));
    }

    SubmissionBasis versionBasis(long versionId) {
        return Objects.requireNonNull(transactions.execute(status -> repository.versionBasis(versionId)));
    }

    List<HireCorrection> versionCorrections(long versionId) {
        return Objects.requireNonNull(transactions.execute(status -> repository.versionCorrections(versionId)));
    }

    Map<String, String> versionExplanations(long versionId) {
        return Objects.requireNonNull(
                transactions.execute(status -> Finding.currentExplanations(repository.versionExplanations(versionId))));
    }

    List<SubmissionRow> ofYear(int year) {
        return Objects.requireNonNull(transactions.execute(status -> repository.ofYear(year)));
    }

    static String key(SubmissionRow row) {
        return String.valueOf(row.id());
    }

    /** In a closed peiljaar no draft is started or changed; nothing is written. */
    private Optional<SaveOutcome> yearClosed(long organisationId, ModuleCatalog catalog) {
        if (catalogs.isOpen(catalog.year())) {
            return Optional.empty();
        }
        return Optional.of(new SaveOutcome.NotEditable(load(organisationId, catalog), true));
    }

    // The first save creates the row in its own transaction; when two sessions race, the unique
    // key lets exactly one insert win and the other save then meets a changed lock version.
    private void ensureRowExists(MaatstafUser user, long organisationId, ModuleCatalog catalog, int expectedLock) {
        if (expectedLock != 0
                || repository
                        .find(organisationId, catalog.year(), catalog.code())
                        .isPresent()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                repository.insert(organisationId, catalog.year(), catalog.code(), now(), user.getUsername());
                audit.record(AuditEntry.action(
                        user.getUsername(),
                        organisationId,
                        "AANGEMAAKT",
                        AUDIT_ENTITY,
                        key(repository
                                .find(organisationId, catalog.year(), catalog.code())
                                .orElseThrow())));
            });
        } catch (DuplicateKeyException alreadyCreated) {
            // Another session created it a moment ago; the lock version check decides what happens.
        }
    }

    private SaveOutcome saveInTransaction(
            MaatstafUser user, long organisationId, Questionnaire questionnaire, DraftChanges changes) {
        ModuleCatalog catalog = questionnaire.catalog();
        Optional<SubmissionRow> before = repository.find(organisationId, catalog.year(), catalog.code());
        if (before.isEmpty()) {
            return new SaveOutcome.Conflict(
                    Draft.notStarted(), List.copyOf(changes.values().keySet()));
        }
        SubmissionRow row = before.get();
        if (!repository.claimForEdit(row.id(), changes.expectedLock(), now(), user.getUsername())) {
            Draft current = draft(before);
            if (!current.editable()) {
                return new SaveOutcome.NotEditable(current);
            }
            return new SaveOutcome.Conflict(current, differing(current, changes));
        }
        List<AuditEntry> entries = new ArrayList<>();
        String username = user.getUsername();
        String entityKey = key(row);
        Map<String, StoredValue> stored = repository.values(row.id());
        changes.values().forEach((fieldKey, typed) -> {
            String oldRaw = stored.containsKey(fieldKey) ? stored.get(fieldKey).raw() : null;
            String newRaw = blankToNull(typed);
            if (Objects.equals(oldRaw, newRaw)) {
                return;
            }
            if (newRaw == null) {
                repository.removeValue(row.id(), fieldKey);
            } else {
                FieldType type = questionnaire.field(fieldKey).orElseThrow().type();
                repository.putValue(
                        row.id(),
                        fieldKey,
                        newRaw,
                        type.text()
                                ? null
                                : DutchNumbers.parse(newRaw, type.numberKind()).value());
            }
            entries.add(AuditEntry.change(username, organisationId, AUDIT_ENTITY, entityKey, fieldKey, oldRaw, newRaw));
        });
        Map<String, String> storedExplanations = Finding.currentExplanations(repository.explanations(row.id()));
        changes.explanations().forEach((warningKey, typed) -> {
            String oldText = storedExplanations.get(warningKey);
            String newText = blankToNull(typed);
            if (Objects.equals(oldText, newText)) {
                return;
            }
            if (newText == null) {
                repository.removeExplanation(row.id(), warningKey);
            } else {
                repository.putExplanation(row.id(), warningKey, newText);
            }
            // The text now lives under the shared key; a former key left behind would come back.
            Finding.formerWarningKeys(warningKey).forEach(former -> repository.removeExplanation(row.id(), former));
            entries.add(AuditEntry.change(
                    username, organisationId, AUDIT_ENTITY, entityKey, "toelichting " + warningKey, oldText, newText));
        });
        if (changes.closing() != null) {
            DraftChanges.Closing closing = changes.closing();
            String name = blankToNull(closing.contactName());
            String email = blankToNull(closing.contactEmail());
            String remarks = blankToNull(closing.remarks());
            addChange(entries, user, organisationId, entityKey, "contactpersoon", row.contactName(), name);
            addChange(entries, user, organisationId, entityKey, "e-mail contactpersoon", row.contactEmail(), email);
            addChange(entries, user, organisationId, entityKey, "opmerkingen", row.remarks(), remarks);
            repository.updateClosing(row.id(), name, email, remarks);
        }
        saveDetails(row, changes, entries, username, organisationId, entityKey);
        audit.recordAll(entries);
        return new SaveOutcome.Saved(draft(repository.find(row.id())), entries.size());
    }

    /** Basis, peildatum and correction lines: stored as typed, each change audited. */
    private void saveDetails(
            SubmissionRow row,
            DraftChanges changes,
            List<AuditEntry> entries,
            String username,
            long organisationId,
            String entityKey) {
        if (changes.basis() == null && changes.corrections() == null) {
            return;
        }
        DraftDetails stored = repository.details(row.id());
        DraftDetails after = changes.detailsAfter(stored);
        if (!Objects.equals(stored.basis(), after.basis()) || !Objects.equals(stored.peildatum(), after.peildatum())) {
            Basis basis = Basis.parse(after.basis());
            repository.updateBasis(row.id(), basis, after.peildatum());
            if (!Objects.equals(stored.basis(), after.basis())) {
                entries.add(AuditEntry.change(
                        username,
                        organisationId,
                        AUDIT_ENTITY,
                        entityKey,
                        "basis",
                        stored.chosenBasis().name(),
                        after.chosenBasis().name()));
            }
            if (!Objects.equals(stored.peildatum(), after.peildatum())) {
                entries.add(AuditEntry.change(
                        username,
                        organisationId,
                        AUDIT_ENTITY,
                        entityKey,
                        "peildatum",
                        stored.peildatum(),
                        after.peildatum()));
            }
        }
        if (!stored.corrections().equals(after.corrections())) {
            repository.replaceCorrections(row.id(), after.corrections());
            Set<String> tasks = new TreeSet<>();
            stored.corrections().forEach(l -> tasks.add(l.taskCode()));
            after.corrections().forEach(l -> tasks.add(l.taskCode()));
            for (String task : tasks) {
                String before = audited(stored.correctionsOf(task));
                String now = audited(after.correctionsOf(task));
                if (!Objects.equals(before, now)) {
                    entries.add(AuditEntry.change(
                            username,
                            organisationId,
                            AUDIT_ENTITY,
                            entityKey,
                            "correcties inhuur " + task,
                            before,
                            now));
                }
            }
        }
    }

    private static String audited(List<DraftDetails.Line> lines) {
        return lines.isEmpty()
                ? null
                : String.join(
                        "; ", lines.stream().map(DraftDetails.Line::audited).toList());
    }

    private int createVersion(
            MaatstafUser user, Questionnaire questionnaire, Draft draft, ValidationResult validation) {
        SubmissionRow row = draft.row().orElseThrow();
        int versionNo =
                draft.versions().stream().mapToInt(VersionRow::versionNo).max().orElse(0) + 1;
        OffsetDateTime at = now();
        long versionId = repository.insertVersion(row.id(), versionNo, at, user.getUsername(), row);
        // Validation passed, so the details are complete: the version holds what they come to.
        DetailsValidator.Checked details = DetailsValidator.check(questionnaire, validation, draft.details());
        repository.insertVersionBasis(versionId, Objects.requireNonNull(details.basis()));
        repository.insertVersionCorrections(versionId, details.corrections());
        validation.numbers().forEach((fieldKey, number) -> {
            BigDecimal storable = SubmissionRepository.storable(number);
            if (storable != null) {
                repository.insertVersionValue(versionId, fieldKey, storable);
            }
        });
        validation.markers().forEach((fieldKey, marker) -> repository.insertVersionMarker(versionId, fieldKey, marker));
        // Texts (the description of capacity at member municipalities) are kept as typed, stripped.
        for (QuestionnaireField field : questionnaire.fields()) {
            StoredValue stored = draft.values().get(field.key());
            if (field.type().text() && stored != null && !stored.raw().isBlank()) {
                repository.insertVersionText(
                        versionId, field.key(), stored.raw().strip());
            }
        }
        // Related warnings share one explanation, so one key can come from several warnings.
        validation.warnings().stream()
                .map(Finding::warningKey)
                .distinct()
                .forEach(key -> repository.insertVersionExplanation(
                        versionId, key, draft.explanations().get(key)));
        if (!repository.changeStatus(row.id(), row.status(), SubmissionStatus.INGEDIEND, at, user.getUsername())) {
            throw new IllegalStateException("Submission " + row.id() + " changed status while being submitted");
        }
        audit.record(new AuditEntry(
                user.getUsername(),
                row.organisationId(),
                "INGEDIEND",
                AUDIT_ENTITY,
                key(row),
                "versie " + versionNo,
                null,
                null));
        return versionNo;
    }

    private void addChange(
            List<AuditEntry> entries,
            MaatstafUser user,
            long organisationId,
            String entityKey,
            String field,
            String oldValue,
            String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            entries.add(AuditEntry.change(
                    user.getUsername(), organisationId, AUDIT_ENTITY, entityKey, field, oldValue, newValue));
        }
    }

    private static List<String> differing(Draft current, DraftChanges changes) {
        Map<String, String> stored = current.raw();
        List<String> keys = new ArrayList<>();
        changes.values().forEach((key, typed) -> {
            if (!Objects.equals(stored.get(key), blankToNull(typed))) {
                keys.add(key);
            }
        });
        return keys;
    }

    private Draft reload(Draft draft) {
        return draft(repository.find(draft.row().orElseThrow().id()));
    }

    private Draft draft(Optional<SubmissionRow> row) {
        if (row.isEmpty()) {
            return Draft.notStarted();
        }
        long id = row.get().id();
        return new Draft(
                row,
                repository.values(id),
                Finding.currentExplanations(repository.explanations(id)),
                repository.versions(id),
                repository.details(id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
