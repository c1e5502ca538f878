package nl.maatstaf.catalog;

import java.util.List;
import java.util.Map;

/** How replacing a module's catalogue ended. Only {@link Saved} stored anything. */
public sealed interface CatalogEdit {

    /** Stored as {@code version}, with one audit line per change. */
    record Saved(ModuleCatalog catalog, int version, List<CatalogChange> changes) implements CatalogEdit {}

    /** The proposal equals the catalogue in force: nothing to store. */
    record Unchanged(ModuleCatalog catalog, int version) implements CatalogEdit {}

    /** The proposal breaks a rule; messages by field. */
    record Invalid(Map<String, CatalogMessage> errors) implements CatalogEdit {
        public Invalid {
            errors = Map.copyOf(errors);
        }
    }

    /** The edit was based on an older version: someone changed the catalogue in between. */
    record Stale(int currentVersion) implements CatalogEdit {}

    /** Participants have started questionnaires against this catalogue: it is fixed now. */
    record InUse(long submissions) implements CatalogEdit {}

    /** The peiljaar is closed. */
    record YearClosed() implements CatalogEdit {}

    /** No such peiljaar or module. */
    record NotFound() implements CatalogEdit {}
}
