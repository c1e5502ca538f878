package nl.maatstaf.edition;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The settings of one edition (peiljaar and module).
 *
 * @param allowedPolicies the policies participants may choose; never empty, contains the default
 * @param neighbourCount n for nearest neighbours; at least k
 * @param minimumReferenceSize k: no reference figure rests on fewer organisations; at least 3
 * @param published whether participants see their comparison; before that only their own figures
 * @param publishedAt when it was last published, or null
 * @param publishedBy who last published it, or null
 */
public record EditionSettings(
        int year,
        String moduleCode,
        Set<ReferencePolicy> allowedPolicies,
        ReferencePolicy defaultPolicy,
        int neighbourCount,
        int minimumReferenceSize,
        boolean published,
        OffsetDateTime publishedAt,
        String publishedBy,
        List<NamedSet> namedSets,
        List<OutlierDecision> outlierDecisions) {

    public EditionSettings {
        Objects.requireNonNull(moduleCode, "moduleCode");
        Objects.requireNonNull(defaultPolicy, "defaultPolicy");
        allowedPolicies = Set.copyOf(allowedPolicies);
        namedSets = List.copyOf(namedSets);
        outlierDecisions = List.copyOf(outlierDecisions);
        if (!allowedPolicies.contains(defaultPolicy)) {
            throw new IllegalArgumentException("The default policy must be allowed");
        }
    }

    /** Allowed policies in the fixed order of {@link ReferencePolicy}. */
    public List<ReferencePolicy> allowedInOrder() {
        return allowedPolicies.stream().sorted(Comparator.naturalOrder()).toList();
    }

    public boolean allows(ReferencePolicy policy) {
        return allowedPolicies.contains(policy);
    }

    /** Organisations left out of everyone else's reference group, in id order. */
    public Set<Long> excludedOrganisations() {
        return outlierDecisions.stream()
                .filter(OutlierDecision::excluded)
                .map(OutlierDecision::organisationId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Optional<OutlierDecision> outlierDecision(long organisationId) {
        return outlierDecisions.stream()
                .filter(d -> d.organisationId() == organisationId)
                .findFirst();
    }

    public Optional<NamedSet> namedSet(long id) {
        return namedSets.stream().filter(s -> s.id() == id).findFirst();
    }

    /** The named sets the organisation takes part in (named and consenting), in name order. */
    public List<NamedSet> namedSetsOf(long organisationId) {
        return namedSets.stream()
                .filter(s -> s.takesPart(organisationId))
                .sorted(Comparator.comparing(NamedSet::name))
                .toList();
    }
}
