package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.NamedSet;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.ModuleDefinition;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.ReferenceStatus;
import nl.maatstaf.organisation.OrganisationKind;
import nl.maatstaf.submission.ApprovedSubmission;
import org.junit.jupiter.api.Test;

/**
 * Who is never in a reference group (spec §8, rule 6) and the policies by organisation type (rule 7),
 * on six organisations: 1 is a cooperation of GM0001 and GM0002, 100 is the municipality GM0001
 * taking part separately, 101–104 are other municipalities.
 */
class RelatedReferenceGroupsTest {

    private static final int K = 3;
    private static final ModuleCatalog MODULE = ResultsFixtures.participatie();
    private static final ModuleDefinition DEFINITION = MODULE.engineDefinition();
    /** Organisation 1 and 100–102 have 30.000 inhabitants, 103 and 104 have 120.000. */
    private static final List<OrganisationInput> PARTICIPANTS = participants();

    private static final ParticipantRelations RELATIONS = relations(Map.of(
            1L, Set.of("GM0001", "GM0002"),
            100L, Set.of("GM0001"),
            101L, Set.of("GM0101"),
            102L, Set.of("GM0102"),
            103L, Set.of("GM0103"),
            104L, Set.of("GM0104")));

    private static List<OrganisationInput> participants() {
        List<ApprovedSubmission> submissions = new ArrayList<>();
        submissions.add(ResultsFixtures.workedExample());
        submissions.addAll(ResultsFixtures.references(5));
        Map<Long, Long> inhabitants = new LinkedHashMap<>();
        for (ApprovedSubmission submission : submissions) {
            inhabitants.put(submission.organisationId(), submission.organisationId() >= 103 ? 120_000L : 30_000L);
        }
        return ParticipantInputs.of(MODULE, submissions, inhabitants);
    }

    /** Organisation 1 is the cooperation, the others municipalities. */
    private static ParticipantRelations relations(Map<Long, Set<String>> codes) {
        Map<Long, OrganisationKind> kinds = new HashMap<>();
        codes.keySet()
                .forEach(id -> kinds.put(id, id == 1L ? OrganisationKind.SAMENWERKING : OrganisationKind.GEMEENTE));
        return ParticipantRelations.of(kinds, codes);
    }

    private static ReferenceGroups.Computed compute(ChosenPolicy policy, ParticipantRelations relations) {
        return ReferenceGroups.compareAll(DEFINITION, PARTICIPANTS, policy, 3, Set.of(), relations, K);
    }

    private static List<Long> group(ReferenceGroups.Computed computed, long id) {
        List<Long> members = new ArrayList<>();
        computed.groups().of(id).orElseThrow().members().forEach(members::add);
        return members;
    }

    private static OrganisationInput input(long id) {
        return PARTICIPANTS.stream()
                .filter(p -> p.organisationId() == id)
                .findFirst()
                .orElseThrow();
    }

    private static final List<ChosenPolicy> EVERY_POLICY = List.of(
            ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD),
            ChosenPolicy.of(ReferencePolicy.GROOTTEKLASSE),
            ChosenPolicy.of(ReferencePolicy.NAASTE_BUREN),
            new ChosenPolicy(
                    ReferencePolicy.MAATWERK,
                    new NamedSet(7, "Regio", List.of(1L, 100L, 101L, 102L, 103L), Set.of(1L, 100L, 101L, 102L, 103L))),
            ChosenPolicy.of(ReferencePolicy.GEMEENTEN),
            ChosenPolicy.of(ReferencePolicy.SAMENWERKINGEN));

    @Test
    void aCooperationsSeparatelyTakingPartMemberIsNotInItsGroupUnderAnyPolicy() {
        for (ChosenPolicy policy : EVERY_POLICY) {
            ReferenceGroups.Computed computed = compute(policy, RELATIONS);

            assertThat(group(computed, 1L)).as(policy.code()).doesNotContain(1L, 100L);
        }
    }

    @Test
    void aMunicipalitysOwnCooperationIsNotInItsGroupUnderAnyPolicy() {
        for (ChosenPolicy policy : EVERY_POLICY) {
            ReferenceGroups.Computed computed = compute(policy, RELATIONS);

            assertThat(group(computed, 100L)).as(policy.code()).doesNotContain(100L, 1L);
        }
    }

    @Test
    void aMunicipalityOutsideTheCooperationIsUnaffectedUnderEveryPolicy() {
        for (ChosenPolicy policy : EVERY_POLICY) {
            ReferenceGroups.Computed related = compute(policy, RELATIONS);
            ReferenceGroups.Computed unrelated = compute(policy, ParticipantRelations.of(RELATIONS.kinds(), Map.of()));

            assertThat(group(related, 101L))
                    .as(policy.code())
                    .containsExactlyInAnyOrderElementsOf(group(unrelated, 101L));
            assertThat(related.comparisons().get(101L))
                    .as(policy.code())
                    .isEqualTo(unrelated.comparisons().get(101L));
            assertThat(related.leftOutOf(101L)).isZero();
        }
    }

    @Test
    void theGroupWithoutTheRelatedOrganisationGivesTheMeanOverTheOthersAndSaysHowManyWereLeftOut() {
        ReferenceGroups.Computed computed = compute(ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD), RELATIONS);
        Comparison expected = BenchmarkEngine.compare(
                DEFINITION, input(1L), List.of(input(101L), input(102L), input(103L), input(104L)), K);

        Comparison comparison = computed.comparisons().get(1L);

        assertThat(comparison.referenceGroupSize()).isEqualTo(4);
        assertThat(comparison.line(FigureId.totalCostPerUnit()).referenceMean())
                .isEqualTo(expected.line(FigureId.totalCostPerUnit()).referenceMean());
        assertThat(computed.leftOutOf(1L)).isEqualTo(1);
        assertThat(computed.leftOutOf(100L)).isEqualTo(1);
        assertThat(computed.groups().of(1L).orElseThrow().size()).isEqualTo(4);
    }

    @Test
    void nearestNeighboursTakeTheNextNearestInsteadOfTheRelatedOrganisation() {
        ReferenceGroups.Computed computed = compute(ChosenPolicy.of(ReferencePolicy.NAASTE_BUREN), RELATIONS);

        assertThat(group(computed, 1L)).hasSize(3).doesNotContain(100L);
        assertThat(computed.comparisons().get(1L).referenceGroupSize()).isEqualTo(3);
    }

    @Test
    void theMunicipalitiesPolicySelectsOnlyMunicipalities() {
        ReferenceGroups.Computed computed = compute(ChosenPolicy.of(ReferencePolicy.GEMEENTEN), RELATIONS);

        assertThat(group(computed, 101L)).containsExactlyInAnyOrder(100L, 102L, 103L, 104L);
        // The cooperation is compared with the municipalities, without its own member.
        assertThat(group(computed, 1L)).containsExactlyInAnyOrder(101L, 102L, 103L, 104L);
        assertThat(computed.comparisons().get(101L).referenceGroupSize()).isEqualTo(4);
    }

    @Test
    void theCooperationsPolicySelectsOnlyCooperationsAndBelowKGivesNoReferenceValue() {
        ReferenceGroups.Computed computed = compute(ChosenPolicy.of(ReferencePolicy.SAMENWERKINGEN), RELATIONS);

        assertThat(group(computed, 101L)).containsExactly(1L);
        assertThat(group(computed, 100L)).isEmpty();
        Comparison comparison = computed.comparisons().get(101L);
        assertThat(comparison.referenceStatus()).isEqualTo(ReferenceStatus.INSUFFICIENT_REFERENCES);
        assertThat(comparison.lines()).noneMatch(ComparisonLine::hasReference);
    }

    @Test
    void aPolicyByTypeWithAtLeastKOfThatKindGivesReferenceValues() {
        Map<Long, OrganisationKind> kinds = new HashMap<>();
        for (OrganisationInput participant : PARTICIPANTS) {
            long id = participant.organisationId();
            kinds.put(id, id <= 101 ? OrganisationKind.SAMENWERKING : OrganisationKind.GEMEENTE);
        }
        ParticipantRelations threeOfEach = ParticipantRelations.of(kinds, Map.of());

        ReferenceGroups.Computed gemeenten = compute(ChosenPolicy.of(ReferencePolicy.GEMEENTEN), threeOfEach);
        ReferenceGroups.Computed samenwerkingen = compute(ChosenPolicy.of(ReferencePolicy.SAMENWERKINGEN), threeOfEach);

        assertThat(gemeenten.comparisons().get(1L).referenceStatus()).isEqualTo(ReferenceStatus.SUFFICIENT);
        assertThat(group(gemeenten, 1L)).containsExactlyInAnyOrder(102L, 103L, 104L);
        // Two others of its own kind: fewer than k.
        assertThat(gemeenten.comparisons().get(102L).referenceStatus())
                .isEqualTo(ReferenceStatus.INSUFFICIENT_REFERENCES);
        assertThat(group(samenwerkingen, 102L)).containsExactlyInAnyOrder(1L, 100L, 101L);
    }

    @Test
    void aCooperationAndItsSeparatelyTakingPartMembersAllHaveTheSameGroupSoNoneCanSubtractAnothers() {
        // 1 is a cooperation of GM0001 and GM0002, both taking part separately (100 and 101).
        ParticipantRelations twoMembers = relations(Map.of(
                1L, Set.of("GM0001", "GM0002"),
                100L, Set.of("GM0001"),
                101L, Set.of("GM0002"),
                102L, Set.of("GM0102"),
                103L, Set.of("GM0103"),
                104L, Set.of("GM0104")));

        for (ChosenPolicy policy : List.of(
                ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD), ChosenPolicy.of(ReferencePolicy.GEMEENTEN))) {
            ReferenceGroups.Computed computed = compute(policy, twoMembers);
            MemberSet cooperation = computed.groups().of(1L).orElseThrow();
            MemberSet member = computed.groups().of(100L).orElseThrow();
            MemberSet otherMember = computed.groups().of(101L).orElseThrow();

            assertThat(group(computed, 1L)).as(policy.code()).containsExactlyInAnyOrder(102L, 103L, 104L);
            assertThat(MemberSet.common(cooperation, member))
                    .isEqualTo(cooperation.size())
                    .isEqualTo(member.size());
            assertThat(MemberSet.common(member, otherMember))
                    .isEqualTo(member.size())
                    .isEqualTo(otherMember.size());
        }
    }
}
