package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeverInGroupTest {

    @Test
    void aCooperationAndItsMemberLeaveEachOtherOut() {
        NeverInGroup never = NeverInGroup.ofPairs(List.<long[]>of(new long[] {1, 2}));

        assertThat(never.of(1)).containsExactly(2L);
        assertThat(never.of(2)).containsExactly(1L);
        assertThat(never.allows(1, 2)).isFalse();
        assertThat(never.allows(2, 1)).isFalse();
    }

    @Test
    void twoMembersOfOneCooperationLeaveEachOtherOutTooSoThatTheCircleHasOneGroup() {
        NeverInGroup never = NeverInGroup.ofPairs(List.of(new long[] {1, 2}, new long[] {1, 3}));

        assertThat(never.of(1)).containsExactlyInAnyOrder(2L, 3L);
        assertThat(never.of(2)).containsExactlyInAnyOrder(1L, 3L);
        assertThat(never.of(3)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aMunicipalityInTwoCooperationsJoinsTheirCircles() {
        NeverInGroup never = NeverInGroup.ofPairs(List.of(new long[] {10, 2}, new long[] {20, 2}, new long[] {20, 3}));

        assertThat(never.of(10)).containsExactlyInAnyOrder(2L, 20L, 3L);
        assertThat(never.of(3)).containsExactlyInAnyOrder(2L, 10L, 20L);
    }

    @Test
    void anOrganisationOutsideEveryCircleLeavesOutOnlyItself() {
        NeverInGroup never = NeverInGroup.ofPairs(List.<long[]>of(new long[] {1, 2}));

        assertThat(never.of(5)).isEmpty();
        assertThat(never.allows(5, 1)).isTrue();
        assertThat(never.allows(5, 5)).isFalse();
        assertThat(NeverInGroup.NONE.of(1)).isEmpty();
    }

    @Test
    void refusesAPairOfThree() {
        assertThatThrownBy(() -> NeverInGroup.ofPairs(List.<long[]>of(new long[] {1, 2, 3})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nearestNeighboursTakeTheNextNearestInsteadOfARelatedOrganisation() {
        NearestNeighbours neighbours = NearestNeighbours.of(List.of(
                new NearestNeighbours.Point(1, new double[] {10, 7}),
                new NearestNeighbours.Point(2, new double[] {20, 7}),
                new NearestNeighbours.Point(3, new double[] {30, 7}),
                new NearestNeighbours.Point(4, new double[] {40, 7}),
                new NearestNeighbours.Point(5, new double[] {100, 7})));
        NeverInGroup never = NeverInGroup.ofPairs(List.<long[]>of(new long[] {1, 2}));

        var nearest = neighbours.nearestForAll(2, id -> true, never);

        assertThat(nearest.get(1L)).containsExactly(3L, 4L);
        assertThat(nearest.get(2L)).containsExactly(3L, 4L);
        assertThat(nearest.get(3L)).containsExactly(2L, 4L);
    }
}
