package nl.maatstaf.results;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.edition.NamedSet;
import nl.maatstaf.edition.OutlierDecision;
import nl.maatstaf.edition.ReferencePolicy;

/**
 * The settings of an edition as a publication froze them, in the plain shape that is stored as
 * JSON: what changes results, nothing else.
 */
record FrozenSettings(
        List<ReferencePolicy> allowedPolicies,
        ReferencePolicy defaultPolicy,
        int neighbourCount,
        int minimumReferenceSize,
        List<Long> excluded,
        List<FrozenSet> namedSets) {

    record FrozenSet(long id, String name, List<Long> members, List<Long> consenting) {}

    FrozenSettings {
        allowedPolicies = List.copyOf(allowedPolicies);
        excluded = List.copyOf(excluded);
        namedSets = List.copyOf(namedSets);
    }

    static FrozenSettings of(EditionSettings settings) {
        return new FrozenSettings(
                settings.allowedInOrder(),
                settings.defaultPolicy(),
                settings.neighbourCount(),
                settings.minimumReferenceSize(),
                List.copyOf(settings.excludedOrganisations()),
                settings.namedSets().stream()
                        .map(set -> new FrozenSet(
                                set.id(),
                                set.name(),
                                set.members(),
                                set.consenting().stream().sorted().toList()))
                        .sorted((a, b) -> Long.compare(a.id(), b.id()))
                        .toList());
    }

    /** The settings to compute with: published, as of the publication. */
    EditionSettings settings(int year, String moduleCode, OffsetDateTime publishedAt, String publishedBy) {
        Set<ReferencePolicy> allowed = EnumSet.noneOf(ReferencePolicy.class);
        allowed.addAll(allowedPolicies);
        return new EditionSettings(
                year,
                moduleCode,
                allowed,
                defaultPolicy,
                neighbourCount,
                minimumReferenceSize,
                true,
                publishedAt,
                publishedBy,
                namedSets.stream()
                        .map(set -> new NamedSet(set.id(), set.name(), set.members(), Set.copyOf(set.consenting())))
                        .toList(),
                excluded.stream()
                        .map(id -> new OutlierDecision(id, true, "", publishedBy, publishedAt))
                        .toList());
    }
}
