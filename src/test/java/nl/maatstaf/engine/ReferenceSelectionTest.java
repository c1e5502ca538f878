package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceSelectionTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();
    private static final List<OrganisationInput> PARTICIPANTS = RandomOrganisations.generate(MODULE, 30, 99L);

    /** Like a size class: even ids are compared with even ids, odd with odd. */
    private static final ReferenceSelection SAME_PARITY = id -> PARTICIPANTS.stream()
            .map(OrganisationInput::organisationId)
            .filter(other -> other % 2 == id % 2)
            .collect(Collectors.toList());

    @Test
    void comparesEachParticipantWithTheReferenceGroupTheSelectionChooses() {
        Map<Long, Comparison> all = BenchmarkEngine.compareAll(MODULE, PARTICIPANTS, SAME_PARITY, 5);

        for (OrganisationInput participant : PARTICIPANTS) {
            List<OrganisationInput> sameParity = PARTICIPANTS.stream()
                    .filter(other -> other.organisationId() % 2 == participant.organisationId() % 2)
                    .collect(Collectors.toList());
            Comparison expected = BenchmarkEngine.compare(MODULE, participant, sameParity, 5);
            CompareAllTest.assertSameNumbers(all.get(participant.organisationId()), expected);
        }
    }

    @Test
    void selectingEveryoneGivesTheSameResultAsTheDefaultPolicy() {
        ReferenceSelection everyone = id ->
                PARTICIPANTS.stream().map(OrganisationInput::organisationId).collect(Collectors.toList());

        Map<Long, Comparison> selected = BenchmarkEngine.compareAll(MODULE, PARTICIPANTS, everyone, 5);
        Map<Long, Comparison> byDefault = BenchmarkEngine.compareAll(MODULE, PARTICIPANTS, 5);

        for (OrganisationInput participant : PARTICIPANTS) {
            CompareAllTest.assertSameNumbers(
                    selected.get(participant.organisationId()), byDefault.get(participant.organisationId()));
        }
    }

    @Test
    void ignoresTheOrganisationItselfAndRepeatedIdsInTheSelection() {
        long first = PARTICIPANTS.get(0).organisationId();
        List<Long> others = List.of(1001L, 1002L, 1003L, 1003L, 1004L);

        Comparison comparison = BenchmarkEngine.compareAll(
                        MODULE, PARTICIPANTS, id -> id == first ? concat(first, others) : Set.of(), 3)
                .get(first);

        assertThat(comparison.referenceGroupSize()).isEqualTo(4);
    }

    @Test
    void rejectsASelectionThatNamesANonParticipant() {
        assertThatThrownBy(() -> BenchmarkEngine.compareAll(MODULE, PARTICIPANTS, id -> List.of(42L), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("42");
    }

    private static List<Long> concat(long first, List<Long> others) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), others.stream())
                .collect(Collectors.toList());
    }
}
