package nl.maatstaf.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces a module's catalogue of an open peiljaar while no participant has started its
 * questionnaire: checked by {@link CatalogRules}, stored as a new version under the lock version
 * it was based on, and audited change by change, all in one transaction. The page's edits and the
 * API's PUT both come here, so they are refused and recorded alike.
 *
 * <p>Retiring a task or indicator removes it from the year's catalogue. That is safe because
 * nothing was filled in against it yet; earlier years keep their own catalogues.
 */
@Service
public class CatalogEditor {

    private final CatalogService catalog;
    private final CatalogUsage usage;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    CatalogEditor(CatalogService catalog, CatalogUsage usage, AuditLog audit, TransactionTemplate transactions) {
        this.catalog = catalog;
        this.usage = usage;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Why a catalogue cannot be edited now, or empty when it can. */
    public Optional<CatalogEdit> refusal(int year, String moduleCode) {
        if (catalog.find(year, moduleCode).isEmpty()) {
            return Optional.of(new CatalogEdit.NotFound());
        }
        if (!catalog.isOpen(year)) {
            return Optional.of(new CatalogEdit.YearClosed());
        }
        long submissions = usage.submissionCount(year, moduleCode);
        return submissions > 0 ? Optional.of(new CatalogEdit.InUse(submissions)) : Optional.empty();
    }

    /**
     * @param expectedVersion the version the proposal was based on
     * @param summary what changed in words, or null to list the changed fields
     */
    public CatalogEdit replace(
            int year, String moduleCode, ModuleCatalog proposed, int expectedVersion, String username, String summary) {
        Optional<CatalogEdit> refused = refusal(year, moduleCode);
        if (refused.isPresent()) {
            return refused.get();
        }
        // The questionnaire of a participant starting in the very moment of an edit is not waited
        // for: the window is a single transaction, and the beheerder edits before inviting anyone.
        return transactions.execute(status -> {
            ModuleCatalog current = catalog.find(year, moduleCode).orElseThrow();
            int version = catalog.version(year, moduleCode).orElseThrow();
            if (version != expectedVersion) {
                return new CatalogEdit.Stale(version);
            }
            Map<String, CatalogMessage> errors = CatalogRules.check(proposed, current, previousYear(year, moduleCode));
            if (!errors.isEmpty()) {
                return new CatalogEdit.Invalid(errors);
            }
            List<CatalogChange> changes = CatalogChanges.between(catalog.tree(current), catalog.tree(proposed));
            if (changes.isEmpty()) {
                return new CatalogEdit.Unchanged(current, version);
            }
            String words = summary != null
                    ? summary
                    : changes.stream().map(CatalogChange::field).collect(Collectors.joining(", "));
            if (!catalog.storeVersion(year, moduleCode, proposed, expectedVersion, username, words)) {
                status.setRollbackOnly();
                return new CatalogEdit.Stale(catalog.version(year, moduleCode).orElse(version));
            }
            String key = year + "/" + moduleCode;
            audit.recordAll(changes.stream()
                    .map(change -> AuditEntry.change(
                            username,
                            null,
                            CatalogService.AUDIT_CATALOG,
                            key,
                            change.field(),
                            change.oldValue(),
                            change.newValue()))
                    .toList());
            return new CatalogEdit.Saved(proposed, expectedVersion + 1, changes);
        });
    }

    /** The module's catalogue of the nearest earlier peiljaar that has it. */
    public Optional<ModuleCatalog> previousYear(int year, String moduleCode) {
        return catalog.years().stream()
                .filter(y -> y < year)
                .map(y -> catalog.find(y, moduleCode))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
