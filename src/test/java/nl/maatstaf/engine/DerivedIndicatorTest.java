package nl.maatstaf.engine;

import static nl.maatstaf.engine.Fixtures.organisation;
import static nl.maatstaf.engine.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DerivedIndicatorTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();
    private static final FigureId UITPUTTING = FigureId.derivedIndicator("UITPUTTING");

    private static OrganisationInput full() {
        return organisation(1)
                .hoofdfactor("500")
                .inhabitants("40000")
                .indicator("BEZWAAR", "90")
                .finance("BUDGET", "2000000")
                .finance("UITPUTTING", "1900000")
                .task("KLANTMANAGEMENT_INKOMEN", task("4", "300000", "20000", "0", "0"))
                .task("BEZWAAR", task("1.5", "110000", "0", "0", "0"))
                .task("MANAGEMENT", task("1.5", "130000", "0", "0.5", "40000"))
                .outsourcing("UITVOERING", "80000")
                .build();
    }

    private static Optional<BigDecimal> value(OrganisationInput input, String code) {
        return BenchmarkEngine.figures(MODULE, input).derivedIndicator(code).value();
    }

    @Test
    void computesHoofdfactorPerThousandInhabitants() {
        assertThat(value(full(), "HOOFDFACTOR_PER_1000_INWONERS"))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("12.5"));
    }

    @Test
    void computesCasesPerNetFteOfATask() {
        assertThat(value(full(), "BEZWAAR_PER_FTE_BEZWAAR"))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("60"));
    }

    @Test
    void computesAverageWageCostPerGrossFte() {
        // (300000 + 110000 + 130000) / (4 + 1.5 + 1.5): fte voor derden are paid from loonkosten too
        assertThat(value(full(), "LOONKOSTEN_PER_FTE"))
                .hasValueSatisfying(
                        value -> assertThat(value).isEqualByComparingTo("77142.85714285714285714285714285714"));
    }

    @Test
    void computesTheShareOfHireInTotalCostIncludingOutsourcing() {
        // 20000 / (320000 + 110000 + 90000 + 80000) × 100
        assertThat(value(full(), "AANDEEL_INHUUR"))
                .hasValueSatisfying(
                        value -> assertThat(value).isEqualByComparingTo("3.333333333333333333333333333333333"));
    }

    @Test
    void computesOverheadFteAsPercentageOfNetFte() {
        // 1 / (4 + 1.5 + 1) × 100
        assertThat(value(full(), "OVERHEAD_FTE_PERCENTAGE"))
                .hasValueSatisfying(
                        value -> assertThat(value).isEqualByComparingTo("15.38461538461538461538461538461538"));
    }

    @Test
    void computesBudgetExhaustion() {
        assertThat(value(full(), "UITPUTTING"))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("95"));
    }

    @Test
    void keepsNumeratorAndDenominatorSoTheValueCanBeExplained() {
        DerivedIndicatorValue uitputting =
                BenchmarkEngine.figures(MODULE, full()).derivedIndicator("UITPUTTING");

        assertThat(uitputting.numerator())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1900000"));
        assertThat(uitputting.denominator())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("2000000"));
    }

    @Test
    void isUndefinedWhenTheDenominatorIsZero() {
        OrganisationInput withoutBezwaarStaff =
                organisation(1).hoofdfactor("500").indicator("BEZWAAR", "90").build();

        DerivedIndicatorValue indicator =
                BenchmarkEngine.figures(MODULE, withoutBezwaarStaff).derivedIndicator("BEZWAAR_PER_FTE_BEZWAAR");

        assertThat(indicator.denominator())
                .hasValueSatisfying(value -> assertThat(value).isZero());
        assertThat(indicator.value()).isEmpty();
    }

    @Test
    void isUndefinedWhenAnInputIsMissing() {
        OrganisationInput withoutInhabitants =
                organisation(1).hoofdfactor("500").build();

        assertThat(value(withoutInhabitants, "HOOFDFACTOR_PER_1000_INWONERS")).isEmpty();
        assertThat(value(withoutInhabitants, "UITPUTTING")).isEmpty();
    }

    @Test
    void leavesOrganisationsWithAnUndefinedValueOutOfTheReferenceMean() {
        List<OrganisationInput> references = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            references.add(exhaustion(100 + i, "90").build());
        }
        references.add(organisation(200).hoofdfactor("10").build());
        references.add(exhaustion(201, "100").finance("BUDGET", "0").build());

        ComparisonLine line =
                BenchmarkEngine.compare(MODULE, full(), references, 5).line(UITPUTTING);

        assertThat(line.referenceSize()).isEqualTo(5);
        assertThat(line.referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("90"));
        assertThat(line.deviationPercentage())
                .hasValueSatisfying(percentage ->
                        assertThat(percentage).isEqualByComparingTo("5.555555555555555555555555555555556"));
    }

    @Test
    void producesNoReferenceWhenFewerThanKReferencesDefineTheIndicator() {
        List<OrganisationInput> references = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            references.add(exhaustion(100 + i, "90").build());
        }
        for (int i = 0; i < 3; i++) {
            references.add(organisation(200 + i).hoofdfactor("10").build());
        }

        Comparison comparison = BenchmarkEngine.compare(MODULE, full(), references, 5);

        assertThat(comparison.referenceStatus()).isEqualTo(ReferenceStatus.SUFFICIENT);
        assertThat(comparison.line(UITPUTTING).referenceSize()).isEqualTo(4);
        assertThat(comparison.line(UITPUTTING).hasReference()).isFalse();
        assertThat(comparison.line(FigureId.totalCostPerUnit()).hasReference()).isTrue();
    }

    @Test
    void comparesAnUndefinedOwnValueWithoutDeviation() {
        List<OrganisationInput> references = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            references.add(exhaustion(100 + i, "90").build());
        }

        ComparisonLine line = BenchmarkEngine.compare(
                        MODULE, organisation(1).hoofdfactor("1").build(), references, 5)
                .line(UITPUTTING);

        assertThat(line.own()).isEmpty();
        assertThat(line.referenceMean())
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("90"));
        assertThat(line.deviation()).isEmpty();
        assertThat(line.deviationPercentage()).isEmpty();
    }

    private static Fixtures.OrganisationBuilder exhaustion(long id, String percentage) {
        return organisation(id).hoofdfactor("10").finance("BUDGET", "100").finance("UITPUTTING", percentage);
    }
}
