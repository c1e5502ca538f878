package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.edition.NamedSet;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.ModuleDefinition;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.ReferenceStatus;
import nl.maatstaf.submission.ApprovedSubmission;
import org.junit.jupiter.api.Test;

/** Each reference group policy, with k and exclusions, on six organisations. */
class ReferenceGroupsTest {

    private static final int K = 3;
    private static final ModuleCatalog MODULE = ResultsFixtures.participatie();
    private static final ModuleDefinition DEFINITION = MODULE.engineDefinition();
    /** Organisation 1 and 100–102 have 30.000 inhabitants, 103 and 104 have 120.000. */
    private static final List<OrganisationInput> PARTICIPANTS = participants();

    private static final NamedSet SET =
            new NamedSet(7, "Regio Noord", List.of(1L, 100L, 101L, 102L, 103L), Set.of(1L, 100L, 101L, 102L));

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

    private static Map<Long, Comparison> compare(ChosenPolicy policy, int n, Set<Long> excluded) {
        return ReferenceGroups.compareAll(DEFINITION, PARTICIPANTS, policy, n, excluded, K)
                .comparisons();
    }

    @Test
    void allParticipantsComparesEveryoneWithAllOthers() {
        Map<Long, Comparison> all = compare(ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD), 3, Set.of());

        assertThat(all).hasSize(6);
        assertThat(all.values()).allMatch(c -> c.referenceGroupSize() == 5);
    }

    @Test
    void sizeClassComparesOnlyWithinTheOwnClass() {
        Map<Long, Comparison> all = compare(ChosenPolicy.of(ReferencePolicy.GROOTTEKLASSE), 3, Set.of());

        assertThat(all.get(1L).referenceGroupSize()).isEqualTo(3);
        assertThat(all.get(1L).referenceStatus()).isEqualTo(ReferenceStatus.SUFFICIENT);
        assertThat(all.get(103L).referenceGroupSize()).isEqualTo(1);
    }

    @Test
    void givesNoReferenceValueAtAllBelowK() {
        Comparison large = compare(ChosenPolicy.of(ReferencePolicy.GROOTTEKLASSE), 3, Set.of())
                .get(103L);

        assertThat(large.referenceStatus()).isEqualTo(ReferenceStatus.INSUFFICIENT_REFERENCES);
        assertThat(large.lines()).noneMatch(ComparisonLine::hasReference);
        assertThat(large.lines()).allMatch(line -> line.referenceSpread().isEmpty());
    }

    @Test
    void nearestNeighboursComparesWithTheNMostSimilar() {
        Map<Long, Comparison> all = compare(ChosenPolicy.of(ReferencePolicy.NAASTE_BUREN), 3, Set.of());

        assertThat(all).hasSize(6);
        assertThat(all.values()).allMatch(c -> c.referenceGroupSize() == 3);
    }

    @Test
    void namedSetComparesOnlyConsentingMembersWithEachOther() {
        Map<Long, Comparison> all = compare(new ChosenPolicy(ReferencePolicy.MAATWERK, SET), 3, Set.of());

        assertThat(all.keySet()).containsExactlyInAnyOrder(1L, 100L, 101L, 102L);
        assertThat(all.get(1L).referenceGroupSize()).isEqualTo(3);
    }

    @Test
    void excludedOrganisationIsMissingFromOthersGroupsUnderEveryPolicy() {
        Set<Long> excluded = Set.of(100L);

        assertThat(compare(ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD), 3, excluded)
                        .get(1L)
                        .referenceGroupSize())
                .isEqualTo(4);
        assertThat(compare(ChosenPolicy.of(ReferencePolicy.GROOTTEKLASSE), 3, excluded)
                        .get(1L)
                        .referenceGroupSize())
                .isEqualTo(2);
        assertThat(compare(ChosenPolicy.of(ReferencePolicy.NAASTE_BUREN), 5, excluded)
                        .get(1L)
                        .referenceGroupSize())
                .isEqualTo(4);
        assertThat(compare(new ChosenPolicy(ReferencePolicy.MAATWERK, SET), 3, excluded)
                        .get(1L)
                        .referenceGroupSize())
                .isEqualTo(2);
    }

    @Test
    void excludedOrganisationStillGetsItsOwnComparisonAgainstTheOthers() {
        Set<Long> excluded = Set.of(100L);

        assertThat(compare(ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD), 3, excluded)
                        .get(100L)
                        .referenceGroupSize())
                .isEqualTo(5);
        assertThat(compare(ChosenPolicy.of(ReferencePolicy.GROOTTEKLASSE), 3, excluded)
                        .get(100L)
                        .referenceGroupSize())
                .isEqualTo(3);
        assertThat(compare(new ChosenPolicy(ReferencePolicy.MAATWERK, SET), 3, excluded)
                        .get(100L)
                        .referenceGroupSize())
                .isEqualTo(3);
    }

    @Test
    void aParticipantCanChooseANamedSetOnlyAsAConsentingMember() {
        EditionSettings settings = new EditionSettings(
                2025,
                "PARTICIPATIE",
                Set.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.MAATWERK),
                ReferencePolicy.ALLE_GOEDGEKEURD,
                10,
                K,
                true,
                OffsetDateTime.now(),
                "beheerder",
                List.of(SET),
                List.of());

        assertThat(ChosenPolicy.resolve(settings, 1L, "MAATWERK-7").code()).isEqualTo("MAATWERK-7");
        assertThat(ChosenPolicy.resolve(settings, 1L, "MAATWERK").code()).isEqualTo("MAATWERK-7");
        // Named by the beheerder, but without consent.
        assertThat(ChosenPolicy.resolve(settings, 103L, "MAATWERK-7").code()).isEqualTo("ALLE_GOEDGEKEURD");
        // Not named at all.
        assertThat(ChosenPolicy.resolve(settings, 104L, "MAATWERK-7").code()).isEqualTo("ALLE_GOEDGEKEURD");
        assertThat(ChosenPolicy.options(settings, 104L))
                .extracting(ChosenPolicy::code)
                .containsExactly("ALLE_GOEDGEKEURD");
    }

    @Test
    void aParticipantCannotChooseAPolicyThatIsNotAllowed() {
        EditionSettings settings = new EditionSettings(
                2025,
                "PARTICIPATIE",
                Set.of(ReferencePolicy.GROOTTEKLASSE, ReferencePolicy.NAASTE_BUREN),
                ReferencePolicy.NAASTE_BUREN,
                10,
                K,
                true,
                OffsetDateTime.now(),
                "beheerder",
                List.of(),
                List.of());

        assertThat(ChosenPolicy.resolve(settings, 1L, "ALLE_GOEDGEKEURD").code())
                .isEqualTo("NAASTE_BUREN");
        assertThat(ChosenPolicy.resolve(settings, 1L, "GROOTTEKLASSE").code()).isEqualTo("GROOTTEKLASSE");
        assertThat(ChosenPolicy.resolve(settings, 1L, null).code()).isEqualTo("NAASTE_BUREN");
    }
}
