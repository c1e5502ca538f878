package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ModuleDefinition;
import nl.maatstaf.engine.NearestNeighbours;
import nl.maatstaf.engine.NeverInGroup;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.SizeClass;
import nl.maatstaf.organisation.OrganisationKind;

/**
 * Each participant's comparison under a policy. Excluded organisations (outliers the beheerder
 * left out) still get their own comparison, against the others, but are in nobody else's
 * reference group, under every policy. Under every policy an organisation's group also leaves out
 * the organisations related to it (spec §8: a cooperation's members that take part separately, a
 * municipality's own cooperations).
 */
final class ReferenceGroups {

    private ReferenceGroups() {}

    /**
     * Each participant's comparison, who was in its reference group, and how many related
     * organisations were left out of it that the policy would otherwise have taken.
     */
    record Computed(Map<Long, Comparison> comparisons, ReferenceGroupIndex groups, Map<Long, Integer> leftOut) {

        int leftOutOf(long organisationId) {
            return leftOut.getOrDefault(organisationId, 0);
        }
    }

    /** As {@link #compareAll(ModuleDefinition, List, ChosenPolicy, int, Set, ParticipantRelations, int)} without relations. */
    static Computed compareAll(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            ChosenPolicy policy,
            int neighbourCount,
            Set<Long> excluded,
            int k) {
        return compareAll(module, participants, policy, neighbourCount, excluded, ParticipantRelations.NONE, k);
    }

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
            ParticipantRelations relations,
            int k) {
        NeverInGroup never = relations.never();
        return switch (policy.kind()) {
            case ALLE_GOEDGEKEURD -> byPartition(module, participants, input -> "", excluded, never, k);
            case GROOTTEKLASSE -> byPartition(module, participants, ReferenceGroups::sizeClass, excluded, never, k);
            case MAATWERK ->
                byPartition(
                        module,
                        participants.stream()
                                .filter(p -> policy.namedSet().takesPart(p.organisationId()))
                                .toList(),
                        input -> "",
                        excluded,
                        never,
                        k);
            case NAASTE_BUREN -> nearestNeighbours(module, participants, neighbourCount, excluded, never, k);
            case GEMEENTEN -> byKind(module, participants, OrganisationKind.GEMEENTE, excluded, relations, k);
            case SAMENWERKINGEN -> byKind(module, participants, OrganisationKind.SAMENWERKING, excluded, relations, k);
        };
    }

    /** The size class the organisation is compared within. */
    static SizeClass sizeClass(OrganisationInput input) {
        return SizeClass.of(input.inhabitants() == null ? BigDecimal.ZERO : input.inhabitants());
    }

    /**
     * Everyone against the participants of one kind: those of another kind are compared with them
     * but, like an excluded outlier, are in nobody's group.
     */
    private static Computed byKind(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            OrganisationKind kind,
            Set<Long> excluded,
            ParticipantRelations relations,
            int k) {
        Set<Long> outside = new HashSet<>(excluded);
        for (OrganisationInput participant : participants) {
            if (!relations.is(participant.organisationId(), kind)) {
                outside.add(participant.organisationId());
            }
        }
        return byPartition(module, participants, input -> "", outside, relations.never(), k);
    }

    /**
     * Everyone against the others of its own part: per part the engine's linear comparison of the
     * included organisations, and each excluded one, and each one with related organisations in its
     * part, against the included ones of its part that may be in its group.
     */
    private static Computed byPartition(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            Function<OrganisationInput, Object> part,
            Set<Long> excluded,
            NeverInGroup never,
            int k) {
        Map<Object, List<OrganisationInput>> parts = new LinkedHashMap<>();
        for (OrganisationInput participant : participants) {
            parts.computeIfAbsent(part.apply(participant), p -> new ArrayList<>())
                    .add(participant);
        }
        Map<Long, Comparison> comparisons = new HashMap<>(participants.size() * 2);
        Map<Long, Set<Long>> partOf = new HashMap<>(participants.size() * 2);
        Map<Long, Integer> leftOut = new HashMap<>();
        for (List<OrganisationInput> members : parts.values()) {
            List<OrganisationInput> included = members.stream()
                    .filter(m -> !excluded.contains(m.organisationId()))
                    .toList();
            Set<Long> includedIds = Set.copyOf(
                    included.stream().map(OrganisationInput::organisationId).toList());
            comparisons.putAll(BenchmarkEngine.compareAll(module, included, k));
            for (OrganisationInput member : members) {
                long id = member.organisationId();
                partOf.put(id, includedIds);
                int related = (int)
                        never.of(id).stream().filter(includedIds::contains).count();
                if (related > 0) {
                    leftOut.put(id, related);
                }
                // The linear leave-one-out mean is right only for a group of everybody else.
                if (excluded.contains(id) || related > 0) {
                    List<OrganisationInput> group = included.stream()
                            .filter(other -> never.allows(id, other.organisationId()))
                            .toList();
                    comparisons.put(id, BenchmarkEngine.compare(module, member, group, k));
                }
            }
        }
        return new Computed(comparisons, ReferenceGroupIndex.ofParts(partOf, never), Map.copyOf(leftOut));
    }

    private static Computed nearestNeighbours(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            int n,
            Set<Long> excluded,
            NeverInGroup never,
            int k) {
        List<NearestNeighbours.Point> points = participants.stream()
                .map(p -> NearestNeighbours.benchmarkFeatures(module, p))
                .toList();
        Map<Long, List<Long>> nearest =
                NearestNeighbours.of(points).nearestForAll(n, id -> !excluded.contains(id), never);
        Set<Long> eligible = new HashSet<>();
        participants.forEach(p -> {
            if (!excluded.contains(p.organisationId())) {
                eligible.add(p.organisationId());
            }
        });
        Map<Long, Integer> leftOut = new HashMap<>();
        for (OrganisationInput participant : participants) {
            long id = participant.organisationId();
            int related = (int) never.of(id).stream().filter(eligible::contains).count();
            if (related > 0) {
                leftOut.put(id, related);
            }
        }
        return new Computed(
                BenchmarkEngine.compareAll(module, participants, nearest::get, k),
                ReferenceGroupIndex.ofLists(nearest),
                Map.copyOf(leftOut));
    }
}
