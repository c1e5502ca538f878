package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ModuleDefinition;
import nl.maatstaf.engine.NearestNeighbours;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.SizeClass;

/**
 * Each participant's comparison under a policy. Excluded organisations (outliers the beheerder
 * left out) still get their own comparison, against the others, but are in nobody else's
 * reference group, under every policy.
 */
final class ReferenceGroups {

    private ReferenceGroups() {}

    /** Each participant's comparison, and who was in its reference group. */
    record Computed(Map<Long, Comparison> comparisons, ReferenceGroupIndex groups) {}

    /**
     * @param neighbourCount n, for nearest neighbours
     * @return by organisation id; for a named set only its consenting members that participate
     */
    static Computed compareAll(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            ChosenPolicy policy,
            int neighbourCount,
            Set<Long> excluded,
            int k) {
        return switch (policy.kind()) {
            case ALLE_GOEDGEKEURD -> byPartition(module, participants, input -> "", excluded, k);
            case GROOTTEKLASSE -> byPartition(module, participants, ReferenceGroups::sizeClass, excluded, k);
            case MAATWERK ->
                byPartition(
                        module,
                        participants.stream()
                                .filter(p -> policy.namedSet().takesPart(p.organisationId()))
                                .toList(),
                        input -> "",
                        excluded,
                        k);
            case NAASTE_BUREN -> nearestNeighbours(module, participants, neighbourCount, excluded, k);
        };
    }

    /** The size class the organisation is compared within. */
    static SizeClass sizeClass(OrganisationInput input) {
        return SizeClass.of(input.inhabitants() == null ? BigDecimal.ZERO : input.inhabitants());
    }

    /**
     * Everyone against the others of its own part: per part the engine's linear comparison of the
     * included organisations, and each excluded one against all included ones of its part.
     */
    private static Computed byPartition(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            Function<OrganisationInput, Object> part,
            Set<Long> excluded,
            int k) {
        Map<Object, List<OrganisationInput>> parts = new LinkedHashMap<>();
        for (OrganisationInput participant : participants) {
            parts.computeIfAbsent(part.apply(participant), p -> new ArrayList<>())
                    .add(participant);
        }
        Map<Long, Comparison> comparisons = new HashMap<>(participants.size() * 2);
        Map<Long, Set<Long>> partOf = new HashMap<>(participants.size() * 2);
        for (List<OrganisationInput> members : parts.values()) {
            List<OrganisationInput> included = members.stream()
                    .filter(m -> !excluded.contains(m.organisationId()))
                    .toList();
            Set<Long> includedIds = Set.copyOf(
                    included.stream().map(OrganisationInput::organisationId).toList());
            comparisons.putAll(BenchmarkEngine.compareAll(module, included, k));
            for (OrganisationInput member : members) {
                partOf.put(member.organisationId(), includedIds);
                if (excluded.contains(member.organisationId())) {
                    comparisons.put(member.organisationId(), BenchmarkEngine.compare(module, member, included, k));
                }
            }
        }
        return new Computed(comparisons, ReferenceGroupIndex.ofParts(partOf));
    }

    private static Computed nearestNeighbours(
            ModuleDefinition module, List<OrganisationInput> participants, int n, Set<Long> excluded, int k) {
        List<NearestNeighbours.Point> points = participants.stream()
                .map(p -> NearestNeighbours.benchmarkFeatures(module, p))
                .toList();
        Map<Long, List<Long>> nearest = NearestNeighbours.of(points).nearestForAll(n, id -> !excluded.contains(id));
        return new Computed(
                BenchmarkEngine.compareAll(module, participants, nearest::get, k),
                ReferenceGroupIndex.ofLists(nearest));
    }
}
