package nl.maatstaf.edition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Changes an edition's policies, n and k for the page and the API alike: first asks whether the
 * proposed settings would let a participant choose two reference groups that differ in fewer than
 * k organisations (decision 0009), and only when not, changes them. One place, so the page and the
 * API can never check different things.
 */
@Component
class SettingsChanges {

    private final EditionService editions;
    private final EditionPublisher publisher;

    SettingsChanges(EditionService editions, EditionPublisher publisher) {
        this.editions = editions;
        this.publisher = publisher;
    }

    /**
     * What a change came to; nothing was changed unless both are empty.
     *
     * @param errors message keys by field, as {@link EditionService#changeSettings} returns them
     * @param overlaps the choices that would differ too little, each a message key with arguments
     */
    record Result(Map<String, String> errors, List<EditionPublisher.Problem> overlaps) {

        Result {
            errors = Map.copyOf(errors);
            overlaps = List.copyOf(overlaps);
        }

        boolean saved() {
            return errors.isEmpty() && overlaps.isEmpty();
        }
    }

    Result change(int year, String moduleCode, EditionService.SettingsChange change, String username) {
        List<EditionPublisher.Problem> overlaps = overlaps(year, moduleCode, change);
        if (!overlaps.isEmpty()) {
            return new Result(Map.of(), overlaps);
        }
        return new Result(editions.changeSettings(year, moduleCode, change, username), List.of());
    }

    /** What stands in the way of these settings with today's data; empty when nothing. */
    private List<EditionPublisher.Problem> overlaps(int year, String moduleCode, EditionService.SettingsChange change) {
        Set<ReferencePolicy> allowed = change.allowedPolicies();
        ReferencePolicy defaultPolicy = change.defaultPolicy();
        int n = change.neighbourCount();
        int k = change.minimumReferenceSize();
        if (allowed == null
                || allowed.isEmpty()
                || defaultPolicy == null
                || !allowed.contains(defaultPolicy)
                || k < 3
                || n < k) {
            return List.of(); // the settings themselves are refused with their own messages
        }
        EditionSettings current = editions.settings(year, moduleCode);
        EditionSettings proposed = new EditionSettings(
                current.year(),
                current.moduleCode(),
                allowed,
                defaultPolicy,
                n,
                k,
                current.published(),
                current.publishedAt(),
                current.publishedBy(),
                current.namedSets(),
                current.outlierDecisions());
        return publisher.overlappingChoices(proposed);
    }
}
