package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompareAllTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();
    private static final List<OrganisationInput> PARTICIPANTS = RandomOrganisations.generate(MODULE, 50, 20240101L);

    @Test
    void givesEveryParticipantTheSameComparisonAsComparingItWithAllOthers() {
        Map<Long, Comparison> all = BenchmarkEngine.compareAll(MODULE, PARTICIPANTS, 5);

        for (OrganisationInput participant : PARTICIPANTS) {
            Comparison expected = BenchmarkEngine.compare(MODULE, participant, PARTICIPANTS, 5);
            assertSameNumbers(all.get(participant.organisationId()), expected);
        }
    }

    @Test
    void exercisesUndefinedDerivedIndicatorsInTheRandomData() {
        Map<Long, Comparison> all = BenchmarkEngine.compareAll(MODULE, PARTICIPANTS, 5);

        assertThat(all.values())
                .extracting(comparison ->
                        comparison.line(FigureId.derivedIndicator("UITPUTTING")).own())
                .contains(java.util.Optional.empty())
                .anyMatch(java.util.Optional::isPresent);
    }

    @Test
    void returnsOneComparisonPerParticipantInParticipantOrder() {
        Map<Long, Comparison> all = BenchmarkEngine.compareAll(MODULE, PARTICIPANTS, 5);

        assertThat(all.keySet())
                .containsExactlyElementsOf(PARTICIPANTS.stream()
                        .map(OrganisationInput::organisationId)
                        .collect(Collectors.toList()));
        assertThat(all.values())
                .allSatisfy(comparison ->
                        assertThat(comparison.referenceGroupSize()).isEqualTo(49));
    }

    @Test
    void producesNoReferenceValuesWhenThereAreAtMostKParticipants() {
        Map<Long, Comparison> all = BenchmarkEngine.compareAll(MODULE, PARTICIPANTS.subList(0, 5), 5);

        assertThat(all.values()).allSatisfy(comparison -> {
            assertThat(comparison.referenceStatus()).isEqualTo(ReferenceStatus.INSUFFICIENT_REFERENCES);
            assertThat(comparison.referenceGroupSize()).isEqualTo(4);
            assertThat(comparison.lines()).noneMatch(ComparisonLine::hasReference);
        });
    }

    @Test
    void rejectsAnOrganisationThatParticipatesTwice() {
        List<OrganisationInput> twice = List.of(PARTICIPANTS.get(0), PARTICIPANTS.get(1), PARTICIPANTS.get(0));

        assertThatThrownBy(() -> BenchmarkEngine.compareAll(MODULE, twice, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(PARTICIPANTS.get(0).organisationId()));
    }

    @Test
    void returnsNothingForNoParticipants() {
        assertThat(BenchmarkEngine.compareAll(MODULE, List.of(), 5)).isEmpty();
    }

    /** Equal numbers, regardless of BigDecimal scale (2110 and 2110.0 are the same reference). */
    static void assertSameNumbers(Comparison actual, Comparison expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }
}
