package nl.maatstaf.engine;

import static nl.maatstaf.engine.Fixtures.organisation;
import static nl.maatstaf.engine.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();
    private static final FigureId TOTAL_COST = FigureId.totalCostPerUnit();
    private static final FigureId REGIE_COST = FigureId.groupCostPerUnit("REGIE");

    /** An organisation with N = 100 whose total cost per unit is {@code costPerUnit}. */
    private static OrganisationInput withCostPerUnit(long id, int costPerUnit) {
        return organisation(id)
                .hoofdfactor("100")
                .task("KCC", task("1", String.valueOf(costPerUnit * 100), "0", "0", "0"))
                .build();
    }

    private static List<OrganisationInput> references(int... costsPerUnit) {
        List<OrganisationInput> references = new ArrayList<>();
        for (int i = 0; i < costsPerUnit.length; i++) {
            references.add(withCostPerUnit(100 + i, costsPerUnit[i]));
        }
        return references;
    }

    @Test
    void referenceMeanIsTheMeanOfRatiosNotTheRatioOfSums() {
        OrganisationInput small = organisation(2)
                .hoofdfactor("10")
                .task("KCC", task("1", "10000", "0", "0", "0"))
                .build();
        OrganisationInput large = organisation(3)
                .hoofdfactor("1000")
                .task("KCC", task("1", "3000000", "0", "0", "0"))
                .build();
        List<OrganisationInput> references = new ArrayList<>(references(2000, 2000, 2000));
        references.add(small);
        references.add(large);

        Comparison comparison = BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 1000), references, 5);

        // ratios 2000, 2000, 2000, 1000, 3000 → 2000; the ratio of sums would be 9010000/1310 ≈ 6878
        assertThat(comparison.line(TOTAL_COST).referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("2000"));
    }

    @Test
    void excludesTheOrganisationItselfFromTheReferenceMean() {
        OrganisationInput own = withCostPerUnit(1, 5000);
        List<OrganisationInput> reference = new ArrayList<>(references(1000, 1000, 1000, 1000, 1000));
        reference.add(own);

        Comparison comparison = BenchmarkEngine.compare(MODULE, own, reference, 5);

        assertThat(comparison.referenceGroupSize()).isEqualTo(5);
        assertThat(comparison.line(TOTAL_COST).referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("1000"));
    }

    @Test
    void excludesTheOrganisationItselfByIdEvenWhenItsDataDiffers() {
        List<OrganisationInput> reference = new ArrayList<>(references(1000, 1000, 1000, 1000, 1000));
        reference.add(withCostPerUnit(1, 9000));

        Comparison comparison = BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 5000), reference, 5);

        assertThat(comparison.line(TOTAL_COST).referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("1000"));
    }

    @Test
    void producesNoReferenceValuesWhenTheReferenceGroupIsSmallerThanK() {
        Comparison comparison =
                BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 900), references(1000, 1100, 1200, 1300), 5);

        assertThat(comparison.referenceStatus()).isEqualTo(ReferenceStatus.INSUFFICIENT_REFERENCES);
        assertThat(comparison.referenceGroupSize()).isEqualTo(4);
        assertThat(comparison.lines()).isNotEmpty().noneMatch(ComparisonLine::hasReference);
        assertThat(comparison.lines()).allSatisfy(line -> {
            assertThat(line.referenceSpread()).isEmpty();
            assertThat(line.deviation()).isEmpty();
            assertThat(line.deviationPercentage()).isEmpty();
        });
    }

    @Test
    void stillShowsTheOwnValuesWhenReferencesAreInsufficient() {
        Comparison comparison = BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 900), references(1000), 5);

        assertThat(comparison.line(TOTAL_COST).own())
                .hasValueSatisfying(own -> assertThat(own).isEqualByComparingTo("900"));
        assertThat(comparison.line(TOTAL_COST).referenceSize()).isEqualTo(1);
    }

    @Test
    void producesReferenceValuesWhenTheReferenceGroupHasExactlyK() {
        Comparison comparison =
                BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 900), references(1000, 1100, 1200), 3);

        assertThat(comparison.referenceStatus()).isEqualTo(ReferenceStatus.SUFFICIENT);
        assertThat(comparison.line(TOTAL_COST).referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("1100"));
    }

    @Test
    void rejectsAMinimumReferenceSizeBelowThree() {
        assertThatThrownBy(() -> BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 1), references(1, 2, 3), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3");
    }

    @Test
    void rejectsAMinimumReferenceSizeBelowThreeWhenComparingAll() {
        assertThatThrownBy(() -> BenchmarkEngine.compareAll(MODULE, references(1, 2, 3, 4), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3");
    }

    @Test
    void givesNoDeviationPercentageWhenTheReferenceIsZero() {
        // Nobody spends anything on Regie, the organisation spends 5 per unit.
        OrganisationInput own =
                organisation(1).hoofdfactor("100").outsourcing("REGIE", "500").build();

        ComparisonLine regie = BenchmarkEngine.compare(MODULE, own, references(1, 2, 3, 4, 5), 5)
                .line(REGIE_COST);

        assertThat(regie.referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isZero());
        assertThat(regie.deviation())
                .hasValueSatisfying(deviation -> assertThat(deviation).isEqualByComparingTo("5"));
        assertThat(regie.deviationPercentage()).isEmpty();
    }

    @Test
    void givesMinusHundredPercentWhenOwnIsZeroAgainstAPositiveReference() {
        List<OrganisationInput> references = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            references.add(organisation(100 + i)
                    .hoofdfactor("100")
                    .outsourcing("REGIE", "700")
                    .build());
        }

        ComparisonLine regie = BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 1000), references, 5)
                .line(REGIE_COST);

        assertThat(regie.deviationPercentage())
                .hasValueSatisfying(percentage -> assertThat(percentage).isEqualByComparingTo("-100"));
    }

    @Test
    void reportsTheQuartilesOfTenReferencesAlongsideTheMean() {
        Comparison comparison = BenchmarkEngine.compare(
                MODULE,
                withCostPerUnit(1, 0),
                references(1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900),
                5);

        // n = 10: Q1 at rank 2,25, median at 4,5, Q3 at 6,75 (QUARTILE.INC)
        assertThat(comparison.line(TOTAL_COST).referenceSpread()).hasValueSatisfying(spread -> {
            assertThat(spread.firstQuartile()).isEqualByComparingTo("1225");
            assertThat(spread.median()).isEqualByComparingTo("1450");
            assertThat(spread.thirdQuartile()).isEqualByComparingTo("1675");
        });
    }

    @Test
    void givesTheMeanButNoQuartilesOfFewerThanTenReferences() {
        Comparison comparison = BenchmarkEngine.compare(
                MODULE, withCostPerUnit(1, 0), references(1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800), 5);

        assertThat(comparison.line(TOTAL_COST).referenceMean()).isPresent();
        assertThat(comparison.line(TOTAL_COST).referenceSpread()).isEmpty();
    }

    @Test
    void comparesEveryPerUnitFigureOfTheModule() {
        Comparison comparison = BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 1), references(1, 2, 3, 4, 5), 5);

        assertThat(comparison.lines())
                .extracting(ComparisonLine::figure)
                .containsExactlyElementsOf(BenchmarkEngine.figureIds(MODULE))
                .contains(
                        FigureId.taskCostPerUnit("KCC"),
                        FigureId.taskFtePer100Units("KCC"),
                        FigureId.outsourcingCostPerUnit("UITVOERING"),
                        FigureId.groupCostPerUnit("OVERHEAD"),
                        FigureId.groupFtePer100Units("OVERHEAD"),
                        FigureId.totalCostPerUnit(),
                        FigureId.totalFtePer100Units(),
                        FigureId.derivedIndicator("UITPUTTING"));
        // 15 tasks × 2 + 4 groups × 3 + total × 2 + 6 derived indicators
        assertThat(comparison.lines()).hasSize(50);
    }

    @Test
    void rejectsAReferenceGroupThatNamesAnOrganisationTwice() {
        List<OrganisationInput> references = new ArrayList<>(references(1, 2, 3, 4, 5));
        references.add(withCostPerUnit(100, 7));

        assertThatThrownBy(() -> BenchmarkEngine.compare(MODULE, withCostPerUnit(1, 1), references, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
    }
}
