package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GroupDifferenceTest {

    @Test
    void countsTheOrganisationsInExactlyOneOfTwoGroups() {
        // 52 others against 51 of them: one organisation, whose figure the difference would give.
        assertThat(GroupDifference.symmetric(52, 51, 51)).isEqualTo(1);
        assertThat(GroupDifference.symmetric(10, 10, 7)).isEqualTo(6);
    }

    @Test
    void allowsTheSameGroupOrOneThatDiffersInAtLeastK() {
        assertThat(GroupDifference.safe(0, 5)).isTrue();
        assertThat(GroupDifference.safe(5, 5)).isTrue();
        assertThat(GroupDifference.safe(41, 5)).isTrue();
    }

    @Test
    void refusesGroupsThatDifferInOneToKMinusOneOrganisations() {
        assertThat(GroupDifference.safe(1, 5)).isFalse();
        assertThat(GroupDifference.safe(4, 5)).isFalse();
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> GroupDifference.symmetric(3, 4, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupDifference.safe(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
