package nl.maatstaf.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.engine.NeverInGroup;
import nl.maatstaf.organisation.OrganisationKind;

/**
 * What kind each participant of an edition is and who may never be in whose reference group (spec
 * §8): a cooperation and each of its member municipalities that takes part separately, as they
 * were in the peiljaar. Read live for the beheerder, from the publication for participants.
 *
 * @param kinds by organisation id; a participant of a publication from before kinds were frozen
 *     has none and is then in neither policy by type
 */
record ParticipantRelations(Map<Long, OrganisationKind> kinds, NeverInGroup never) {

    static final ParticipantRelations NONE = new ParticipantRelations(Map.of(), NeverInGroup.NONE);

    ParticipantRelations {
        kinds = Map.copyOf(kinds);
    }

    /**
     * @param codes by organisation id: a municipality's own CBS code, a cooperation's member
     *     municipalities' codes in the peiljaar
     */
    static ParticipantRelations of(Map<Long, OrganisationKind> kinds, Map<Long, Set<String>> codes) {
        Map<String, List<Long>> municipalitiesByCode = new HashMap<>();
        kinds.forEach((id, kind) -> {
            if (kind == OrganisationKind.GEMEENTE) {
                for (String code : codes.getOrDefault(id, Set.of())) {
                    municipalitiesByCode
                            .computeIfAbsent(code, c -> new ArrayList<>())
                            .add(id);
                }
            }
        });
        List<long[]> pairs = new ArrayList<>();
        kinds.forEach((id, kind) -> {
            if (kind == OrganisationKind.SAMENWERKING) {
                for (String code : codes.getOrDefault(id, Set.of())) {
                    for (long municipality : municipalitiesByCode.getOrDefault(code, List.of())) {
                        pairs.add(new long[] {id, municipality});
                    }
                }
            }
        });
        return new ParticipantRelations(kinds, NeverInGroup.ofPairs(pairs));
    }

    boolean is(long organisationId, OrganisationKind kind) {
        return kinds.get(organisationId) == kind;
    }
}
