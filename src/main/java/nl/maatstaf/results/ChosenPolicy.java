package nl.maatstaf.results;

import java.util.List;
import java.util.Optional;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.edition.NamedSet;
import nl.maatstaf.edition.ReferencePolicy;

/**
 * A reference group policy as one organisation uses it: the kind, and for a named set which set.
 * Its {@link #code()} is what a request names ({@code ALLE_GOEDGEKEURD}, {@code MAATWERK-12}).
 */
record ChosenPolicy(ReferencePolicy kind, NamedSet namedSet) {

    private static final String SET_SEPARATOR = "-";

    static ChosenPolicy of(ReferencePolicy kind) {
        return new ChosenPolicy(kind, null);
    }

    String code() {
        return namedSet == null ? kind.name() : kind.name() + SET_SEPARATOR + namedSet.id();
    }

    /** The policies the organisation may choose, in a fixed order; never empty. */
    static List<ChosenPolicy> options(EditionSettings settings, long organisationId) {
        List<ChosenPolicy> options = new java.util.ArrayList<>();
        for (ReferencePolicy kind : settings.allowedInOrder()) {
            if (kind == ReferencePolicy.MAATWERK) {
                for (NamedSet set : settings.namedSetsOf(organisationId)) {
                    options.add(new ChosenPolicy(kind, set));
                }
            } else {
                options.add(of(kind));
            }
        }
        if (options.isEmpty()) {
            // Only named sets are allowed and the organisation takes part in none.
            options.add(of(ReferencePolicy.ALLE_GOEDGEKEURD));
        }
        return List.copyOf(options);
    }

    /**
     * The policy the organisation uses for a request: the requested one if it may choose it,
     * otherwise the edition's default (or, if it cannot use that, its first option). Never throws.
     */
    static ChosenPolicy resolve(EditionSettings settings, long organisationId, String requested) {
        List<ChosenPolicy> options = options(settings, organisationId);
        Optional<ChosenPolicy> match = find(options, requested);
        if (match.isPresent()) {
            return match.get();
        }
        return find(options, settings.defaultPolicy().name()).orElse(options.get(0));
    }

    /** A bare {@code MAATWERK} names the first set the organisation takes part in. */
    private static Optional<ChosenPolicy> find(List<ChosenPolicy> options, String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        String code = requested.strip().toUpperCase(java.util.Locale.ROOT);
        return options.stream()
                .filter(o -> o.code().equals(code) || o.kind().name().equals(code))
                .findFirst();
    }
}
