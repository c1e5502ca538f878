package nl.maatstaf.engine;

import static nl.maatstaf.engine.Fixtures.organisation;
import static nl.maatstaf.engine.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec §8: unknown is not zero, and a reference rests on the organisations that know the figure. */
class UnknownInputTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();

    private static Fixtures.OrganisationBuilder known(long id, String kccFte, String kccCost) {
        return organisation(id)
                .hoofdfactor("100")
                .task("KCC", task(kccFte, kccCost, "0", "0", "0"))
                .task("BELEID", task("1", "80000", "0", "0", "0"));
    }

    @Test
    void aTaskWithUnknownWageCostHasAnUndeterminedCostButAKnownFte() {
        OrganisationInput input = known(1, "2", "0")
                .unknown("KCC", TaskComponent.LOONKOSTEN, Unknown.NOT_KNOWN)
                .build();

        TaskFigures kcc = BenchmarkEngine.figures(MODULE, input).task("KCC");

        assertThat(kcc.gaps().costKnown()).isFalse();
        assertThat(kcc.gaps().cost()).containsExactly(new Gap(Gap.Level.TASK, "KCC", Unknown.NOT_KNOWN));
        assertThat(kcc.gaps().fteKnown()).isTrue();
        assertThat(kcc.figures().fte()).isEqualByComparingTo("2");
    }

    @Test
    void aGroupWithAnUnknownTaskIsASubtotalOfItsKnownPartsAndNamesTheUnknownOne() {
        OrganisationInput input = organisation(1)
                .hoofdfactor("100")
                .task("KCC", task("2", "100000", "0", "0", "0"))
                .unknown("BBZ", TaskComponent.FTE, Unknown.NOT_APPLICABLE)
                .unknown("BBZ", TaskComponent.LOONKOSTEN, Unknown.NOT_APPLICABLE)
                .build();

        GroupFigures uitvoering = BenchmarkEngine.figures(MODULE, input).group("UITVOERING");

        assertThat(uitvoering.figures().cost()).isEqualByComparingTo("100000");
        assertThat(uitvoering.gaps().cost()).containsExactly(new Gap(Gap.Level.TASK, "BBZ", Unknown.NOT_APPLICABLE));
        assertThat(uitvoering.gaps().fte()).containsExactly(new Gap(Gap.Level.TASK, "BBZ", Unknown.NOT_APPLICABLE));
    }

    @Test
    void anUnknownPartMakesTheOrganisationsTotalUndeterminedToo() {
        OrganisationInput input = known(1, "2", "100000")
                .unknownOutsourcing("REGIE", Unknown.NOT_KNOWN)
                .build();

        OrganisationFigures figures = BenchmarkEngine.figures(MODULE, input);

        assertThat(figures.totalGaps().cost())
                .containsExactly(new Gap(Gap.Level.OUTSOURCING, "REGIE", Unknown.NOT_KNOWN));
        assertThat(figures.totalGaps().fteKnown()).isTrue();
        assertThat(figures.group("REGIE").outsourcing().known()).isFalse();
        assertThat(figures.outsourcingTotalKnown()).isFalse();
    }

    @Test
    void aWholeGroupMarkedUnknownIgnoresNumbersTypedInItAndNamesOnlyTheGroup() {
        OrganisationInput input = known(1, "2", "100000")
                .task("MANAGEMENT", task("1", "90000", "0", "0", "0"))
                .unknownGroup("OVERHEAD", Unknown.NOT_KNOWN)
                .build();

        OrganisationFigures figures = BenchmarkEngine.figures(MODULE, input);

        Gap group = new Gap(Gap.Level.GROUP, "OVERHEAD", Unknown.NOT_KNOWN);
        assertThat(figures.group("OVERHEAD").gaps().cost()).containsExactly(group);
        assertThat(figures.group("OVERHEAD").figures().cost()).isEqualByComparingTo("0");
        assertThat(figures.task("MANAGEMENT").gaps().fte()).containsExactly(group);
        assertThat(figures.totalGaps().fte()).containsExactly(group);
        assertThat(figures.total().fte()).isEqualByComparingTo("3");
    }

    @Test
    void zeroStaysZeroAndIsNoGap() {
        OrganisationInput input = known(1, "0", "0").build();

        OrganisationFigures figures = BenchmarkEngine.figures(MODULE, input);

        assertThat(figures.task("KCC").gaps()).isEqualTo(Gaps.NONE);
        assertThat(figures.totalGaps()).isEqualTo(Gaps.NONE);
    }

    @Test
    void aDerivedIndicatorOnAnUndeterminedFigureIsUndefined() {
        OrganisationInput input = known(1, "2", "100000")
                .unknown("MANAGEMENT", TaskComponent.FTE, Unknown.NOT_KNOWN)
                .build();

        OrganisationFigures figures = BenchmarkEngine.figures(MODULE, input);

        assertThat(figures.derivedIndicator("OVERHEAD_FTE_PERCENTAGE").value()).isEmpty();
        assertThat(figures.derivedIndicator("LOONKOSTEN_PER_FTE").value()).isEmpty();
    }

    @Test
    void anUnknownFigureHasNoOwnValueAndNoDeviation() {
        OrganisationInput own = known(1, "2", "0")
                .unknown("KCC", TaskComponent.LOONKOSTEN, Unknown.NOT_KNOWN)
                .build();

        ComparisonLine kcc = BenchmarkEngine.compare(MODULE, own, references(1000, 1100, 1200, 1300, 1400), 5)
                .line(FigureId.taskCostPerUnit("KCC"));

        assertThat(kcc.own()).isEmpty();
        assertThat(kcc.referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("1200"));
        assertThat(kcc.deviationPercentage()).isEmpty();
    }

    @Test
    void oneOrganisationWithAnUnknownTaskIsLeftOutOfEveryCostFigureSoItsSubtotalCannotBeWorkedOut() {
        List<OrganisationInput> references = references(1000, 1100, 1200, 1300, 1400, 1500);
        references.set(
                5,
                known(105, "1", "0")
                        .unknown("KCC", TaskComponent.LOONKOSTEN, Unknown.NOT_KNOWN)
                        .build());

        Comparison comparison =
                BenchmarkEngine.compare(MODULE, known(1, "1", "90000").build(), references, 5);

        ComparisonLine kcc = comparison.line(FigureId.taskCostPerUnit("KCC"));
        assertThat(kcc.referenceSize()).isEqualTo(5);
        assertThat(kcc.referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("1200"));
        assertThat(comparison.line(FigureId.groupCostPerUnit("UITVOERING")).referenceSize())
                .isEqualTo(5);
        assertThat(comparison.line(FigureId.groupCostPerUnit("BELEID")).referenceSize())
                .isEqualTo(5);
        assertThat(comparison.line(FigureId.taskCostPerUnit("BELEID")).referenceSize())
                .isEqualTo(5);
        // Its formation is known, and the formation is a table of its own.
        assertThat(comparison.line(FigureId.taskFtePer100Units("KCC")).referenceSize())
                .isEqualTo(6);
    }

    @Test
    void fromKOrganisationsWithTheTaskUnknownTheyAreLeftOutOfExactlyTheFiguresTheyDoNotKnow() {
        List<OrganisationInput> references = references(1000, 1100, 1200, 1300, 1400, 1500);
        for (int i = 0; i < 6; i++) {
            references.add(known(200 + i, "1", "0")
                    .unknown("KCC", TaskComponent.LOONKOSTEN, Unknown.NOT_KNOWN)
                    .build());
        }

        Comparison comparison =
                BenchmarkEngine.compare(MODULE, known(1, "1", "90000").build(), references, 5);

        assertThat(comparison.line(FigureId.taskCostPerUnit("KCC")).referenceSize())
                .isEqualTo(6);
        assertThat(comparison.line(FigureId.groupCostPerUnit("UITVOERING")).referenceSize())
                .isEqualTo(6);
        assertThat(comparison.line(FigureId.totalCostPerUnit()).referenceSize()).isEqualTo(6);
        assertThat(comparison.line(FigureId.groupCostPerUnit("BELEID")).referenceSize())
                .isEqualTo(12);
        assertThat(comparison
                        .line(FigureId.taskCostPerUnit("KLANTMANAGEMENT_INKOMEN"))
                        .referenceSize())
                .isEqualTo(12);
    }

    @Test
    void whenEveryoneIsComparedWithEveryoneTheGroupAndItsPartsRestOnTheSameOrganisations() {
        List<OrganisationInput> participants = references(1000, 1100, 1200, 1300, 1400, 1500, 1600);
        participants.set(
                6,
                known(106, "1", "0")
                        .task("KLANTMANAGEMENT_INKOMEN", task("1", "77777", "0", "0", "0"))
                        .unknown("KCC", TaskComponent.LOONKOSTEN, Unknown.NOT_KNOWN)
                        .build());

        Comparison viewer = BenchmarkEngine.compareAll(MODULE, participants, 5).get(100L);

        // Σ over the group's parts of n × mean, minus n × mean of the group, is what organisations
        // outside the group's reference put into the parts: here nothing, so nobody's subtotal shows.
        java.math.BigDecimal residual = java.math.BigDecimal.ZERO;
        for (String task : List.of(
                "KCC",
                "KLANTMANAGEMENT_INKOMEN",
                "UITKERINGSADMINISTRATIE",
                "KLANTMANAGEMENT_WERK",
                "BBZ",
                "TERUGVORDERING",
                "HANDHAVING",
                "BEZWAAR",
                "APPLICATIEBEHEER",
                "KWALITEIT")) {
            residual = residual.add(total(viewer.line(FigureId.taskCostPerUnit(task))));
        }
        residual = residual.add(total(viewer.line(FigureId.outsourcingCostPerUnit("UITVOERING"))));
        residual = residual.subtract(total(viewer.line(FigureId.groupCostPerUnit("UITVOERING"))));
        assertThat(residual.abs()).isLessThan(new java.math.BigDecimal("0.000001"));
        assertThat(viewer.line(FigureId.taskCostPerUnit("KLANTMANAGEMENT_INKOMEN"))
                        .referenceSize())
                .isEqualTo(5);
        assertThat(viewer.line(FigureId.taskFtePer100Units("KLANTMANAGEMENT_INKOMEN"))
                        .referenceSize())
                .isEqualTo(6);
    }

    @Test
    void anOrganisationLeftOutForOthersStillSeesItsOwnKnownFiguresAgainstItsReference() {
        List<OrganisationInput> participants = references(1000, 1100, 1200, 1300, 1400, 1500);
        participants.add(known(106, "1", "0")
                .unknown("KCC", TaskComponent.LOONKOSTEN, Unknown.NOT_KNOWN)
                .build());

        Comparison own = BenchmarkEngine.compareAll(MODULE, participants, 5).get(106L);

        ComparisonLine beleid = own.line(FigureId.taskCostPerUnit("BELEID"));
        assertThat(beleid.own()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("800"));
        assertThat(beleid.referenceSize()).isEqualTo(6);
        assertThat(beleid.deviation()).isPresent();
    }

    @Test
    void aTasksReferenceNeedsKOrganisationsThatKnowTheTaskEvenWhenTheFormationHasEnough() {
        List<OrganisationInput> references = references(1000, 1100, 1200, 1300, 1400);
        references.set(
                4,
                known(104, "1", "0")
                        .unknown("KCC", TaskComponent.LOONKOSTEN, Unknown.NOT_KNOWN)
                        .build());

        Comparison comparison =
                BenchmarkEngine.compare(MODULE, known(1, "1", "90000").build(), references, 5);

        ComparisonLine kcc = comparison.line(FigureId.taskCostPerUnit("KCC"));
        assertThat(kcc.referenceSize()).isEqualTo(4);
        assertThat(kcc.referenceMean()).isEmpty();
        assertThat(kcc.protection()).isEqualTo(Protection.TOO_FEW_REFERENCES);
        assertThat(comparison.line(FigureId.taskFtePer100Units("KCC")).referenceMean())
                .isPresent();
    }

    /** n × mean: the reference total of a figure, as anyone can compute it from what is shown. */
    private static java.math.BigDecimal total(ComparisonLine line) {
        return line.referenceMean().orElseThrow().multiply(java.math.BigDecimal.valueOf(line.referenceSize()));
    }

    private static List<OrganisationInput> references(int... kccCostsPerUnit) {
        List<OrganisationInput> references = new ArrayList<>();
        for (int i = 0; i < kccCostsPerUnit.length; i++) {
            references.add(known(100 + i, "1", String.valueOf(kccCostsPerUnit[i] * 100))
                    .build());
        }
        return references;
    }
}
