package nl.maatstaf.engine;

import static nl.maatstaf.engine.Fixtures.organisation;
import static nl.maatstaf.engine.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The disclosure rules of decision 0009 as the engine applies them to every comparison. */
class DisclosureTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();
    private static final FigureId REGIE_TASK = FigureId.taskCostPerUnit("REGIE");
    private static final FigureId REGIE_GROUP = FigureId.groupCostPerUnit("REGIE");
    private static final FigureId REGIE_OUTSOURCING = FigureId.outsourcingCostPerUnit("REGIE");
    private static final FigureId TOTAL = FigureId.totalCostPerUnit();

    /** N = 100; Beleid costs 20.000 (€ 200 per unit); Regie as given. */
    private static OrganisationInput withRegie(long id, long regie) {
        return organisation(id)
                .hoofdfactor("100")
                .task("BELEID", task("0.2", "20000", "0", "0", "0"))
                .task("REGIE", task("0.1", String.valueOf(regie), "0", "0", "0"))
                .build();
    }

    private static List<OrganisationInput> others(long... regie) {
        List<OrganisationInput> others = new ArrayList<>();
        for (int i = 0; i < regie.length; i++) {
            others.add(withRegie(100 + i, regie[i]));
        }
        return others;
    }

    private static Comparison compare(long... regie) {
        return BenchmarkEngine.compare(MODULE, withRegie(1, 5000), others(regie), 5);
    }

    @Test
    void withholdsAMeanWhereOneOrganisationMakesUpMoreThanHalfOfTheSum() {
        // 6.000 of 11.000: one organisation's figure would be nearly the whole mean.
        ComparisonLine regie = compare(6000, 1000, 1000, 1000, 1000, 1000).line(REGIE_TASK);

        assertThat(regie.hasReference()).isFalse();
        assertThat(regie.protection()).isEqualTo(Protection.DOMINATED);
        assertThat(regie.referenceSize()).isEqualTo(6);
    }

    @Test
    void showsAMeanWhereTheLargestIsExactlyHalf() {
        assertThat(compare(5000, 1000, 1000, 1000, 1000, 1000).line(REGIE_TASK).hasReference())
                .isTrue();
    }

    @Test
    void withholdsAMeanWhereTwoOrganisationsMakeUpMoreThanEightyFivePercent() {
        // 4.500 + 4.500 of 10.000 = 90 %: either of them, knowing its own value, learns the other's.
        ComparisonLine regie = compare(4500, 4500, 250, 250, 250, 250).line(REGIE_TASK);

        assertThat(regie.protection()).isEqualTo(Protection.DOMINATED);
    }

    @Test
    void withholdsAMeanWhereAllButOneOrganisationHaveZero() {
        assertThat(compare(8000, 0, 0, 0, 0, 0).line(REGIE_TASK).protection()).isEqualTo(Protection.DOMINATED);
    }

    @Test
    void showsAMeanOfZeroWhenNobodyHasTheCost() {
        ComparisonLine regie = compare(0, 0, 0, 0, 0, 0).line(REGIE_TASK);

        assertThat(regie.referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("0"));
    }

    @Test
    void withholdsASecondFigureOfTheSameSumSoTheFirstCannotBeWorkedOut() {
        Comparison comparison = compare(8000, 0, 0, 0, 0, 0);

        // Regie = its one task + its outsourcing line: the task and the group are both dominated,
        // so that sum already has two withheld figures. The total = the four groups: one more group.
        assertThat(comparison.line(REGIE_GROUP).protection()).isEqualTo(Protection.DOMINATED);
        assertThat(comparison.line(TOTAL).hasReference()).isTrue();
        assertThat(comparison.lines().stream()
                        .filter(line -> line.figure().kind() == FigureKind.GROUP_COST_PER_UNIT)
                        .filter(line -> line.protection() == Protection.COMPLEMENTARY))
                .hasSize(1);
    }

    @Test
    void leavesNoSumWithExactlyOneWithheldFigure() {
        Comparison comparison = compare(8000, 0, 0, 0, 0, 0);

        for (GroupDefinition group : MODULE.groups()) {
            List<FigureId> sum = new ArrayList<>();
            sum.add(FigureId.groupCostPerUnit(group.code()));
            group.taskCodes().forEach(task -> sum.add(FigureId.taskCostPerUnit(task)));
            sum.add(FigureId.outsourcingCostPerUnit(group.code()));
            assertThat(withheld(comparison, sum)).as(group.code()).isNotEqualTo(1);
        }
        List<FigureId> total = new ArrayList<>(List.of(TOTAL));
        MODULE.groups().forEach(group -> total.add(FigureId.groupCostPerUnit(group.code())));
        assertThat(withheld(comparison, total)).isNotEqualTo(1);
    }

    private static long withheld(Comparison comparison, List<FigureId> sum) {
        return sum.stream().filter(id -> !comparison.line(id).hasReference()).count();
    }

    @Test
    void withholdingAFigureLaterAlsoWithholdsItsComplement() {
        Comparison comparison = compare(1000, 1100, 1200, 1300, 1400, 1500);

        Comparison withheld = comparison.withheld(MODULE, Set.of(REGIE_TASK), Protection.OVERLAPPING_GROUPS);

        assertThat(withheld.line(REGIE_TASK).protection()).isEqualTo(Protection.OVERLAPPING_GROUPS);
        // Regie = task + outsourcing: the outsourcing line (in no other sum) goes with it.
        assertThat(withheld.line(REGIE_OUTSOURCING).protection()).isEqualTo(Protection.COMPLEMENTARY);
        assertThat(withheld.line(REGIE_GROUP).hasReference()).isTrue();
    }

    @Test
    void leaveOneOutDominanceAgreesWithTheExplicitGroup() {
        List<OrganisationInput> participants = new ArrayList<>(List.of(withRegie(1, 9000)));
        participants.addAll(others(1000, 1000, 1000, 1000, 1000, 1000));
        Map<Long, Comparison> all = BenchmarkEngine.compareAll(MODULE, participants, 5);

        for (OrganisationInput participant : participants) {
            List<OrganisationInput> rest = new ArrayList<>(participants);
            rest.remove(participant);
            Comparison explicit = BenchmarkEngine.compare(MODULE, participant, rest, 5);
            assertThat(all.get(participant.organisationId()).line(REGIE_TASK).protection())
                    .as("organisation %d", participant.organisationId())
                    .isEqualTo(explicit.line(REGIE_TASK).protection());
        }
        // The large one is in everybody's group but its own: dominated for all others only.
        assertThat(all.get(1L).line(REGIE_TASK).hasReference()).isTrue();
        assertThat(all.get(100L).line(REGIE_TASK).protection()).isEqualTo(Protection.DOMINATED);
    }

    @Test
    void roundsDisclosedReferencesHalfAwayFromZeroAtTheTie() {
        // Means of 4,375 (and −4,375 for its mirror): shown with two decimals as 4,38 and −4,38.
        ComparisonLine positive = ComparisonLine.withReference(TOTAL, BigDecimal.ONE, 5, new BigDecimal("4.375"), null)
                .rounded(2);
        ComparisonLine negative = ComparisonLine.withReference(TOTAL, BigDecimal.ONE, 5, new BigDecimal("-4.375"), null)
                .rounded(2);

        assertThat(positive.referenceMean()).contains(new BigDecimal("4.38"));
        assertThat(negative.referenceMean()).contains(new BigDecimal("-4.38"));
    }

    @Test
    void disclosesNoMeanWithMoreDecimalsThanItIsShownWith() {
        Comparison comparison = compare(1000, 1100, 1200, 1300, 1400, 1601)
                .disclosed(figure -> figure.kind() == FigureKind.TOTAL_COST_PER_UNIT ? 0 : 2);

        assertThat(comparison.line(TOTAL).referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean.scale()).isZero());
        assertThat(comparison.line(REGIE_TASK).referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean.scale()).isEqualTo(2));
    }

    @Test
    void refusesRulesThatAskLessOfTheSpreadThanOfTheMean() {
        assertThatThrownBy(() -> new DisclosureRules(5, 4, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DisclosureRules.forK(5).minimumSpreadSize()).isEqualTo(10);
        assertThat(DisclosureRules.forK(7).minimumSpreadSize()).isEqualTo(14);
    }
}
