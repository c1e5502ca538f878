package nl.maatstaf.engine;

import static nl.maatstaf.engine.Fixtures.euros;
import static nl.maatstaf.engine.Fixtures.oneDecimal;
import static nl.maatstaf.engine.Fixtures.organisation;
import static nl.maatstaf.engine.Fixtures.task;
import static nl.maatstaf.engine.Fixtures.twoDecimals;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of spec §5, which the calculation must reproduce to the displayed digit. */
class WorkedExampleTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();
    private static final List<String> GROUPS = List.of("UITVOERING", "BELEID", "REGIE", "OVERHEAD");

    private static final OrganisationInput OWN = organisation(1)
            .hoofdfactor("500")
            .task("KLANTMANAGEMENT_INKOMEN", task("4.0", "300000", "20000", "0", "0"))
            .task("UITKERINGSADMINISTRATIE", task("2.0", "130000", "0", "0", "0"))
            .task("KLANTMANAGEMENT_WERK", task("5.0", "390000", "0", "0.5", "35000"))
            .task("HANDHAVING", task("1.0", "75000", "0", "0", "0"))
            .task("BELEID", task("1.0", "95000", "0", "0", "0"))
            .task("MANAGEMENT", task("1.0", "110000", "0", "0", "0"))
            .task("BEDRIJFSVOERING", task("0.5", "40000", "0", "0", "0"))
            .outsourcing("UITVOERING", "50000")
            .outsourcing("BELEID", "0")
            .outsourcing("REGIE", "0")
            .outsourcing("OVERHEAD", "0")
            .build();

    // Cost per uitkering (Uitvoering, Beleid, Regie, Overhead) of the five reference organisations.
    private static final int[][] REFERENCE_COST_PER_UITKERING = {
        {2000, 150, 20, 320}, {2200, 120, 0, 280}, {1800, 210, 35, 410}, {2400, 90, 0, 300}, {2150, 140, 15, 355}
    };

    /** N = 1000 and the whole group cost on the outsourcing line gives exactly the given ratios. */
    private static List<OrganisationInput> references() {
        List<OrganisationInput> references = new ArrayList<>();
        for (int r = 0; r < REFERENCE_COST_PER_UITKERING.length; r++) {
            Fixtures.OrganisationBuilder builder = organisation(100 + r).hoofdfactor("1000");
            for (int g = 0; g < GROUPS.size(); g++) {
                builder.outsourcing(GROUPS.get(g), String.valueOf(REFERENCE_COST_PER_UITKERING[r][g] * 1000));
            }
            references.add(builder.build());
        }
        return references;
    }

    @Test
    void computesTheGroupCostAndFteOfTheWorkedExample() {
        OrganisationFigures figures = BenchmarkEngine.figures(MODULE, OWN);

        CostAndFte uitvoering = figures.group("UITVOERING").figures();
        assertThat(uitvoering.cost()).isEqualByComparingTo("930000");
        assertThat(euros(uitvoering.costPerUnit())).isEqualByComparingTo("1860");
        assertThat(uitvoering.fte()).isEqualByComparingTo("11.5");
        assertThat(twoDecimals(uitvoering.ftePer100Units())).isEqualByComparingTo("2.30");
        assertCostAndFtePerUnit(figures.group("BELEID").figures(), "190", "0.20");
        assertCostAndFtePerUnit(figures.group("REGIE").figures(), "0", "0.00");
        assertCostAndFtePerUnit(figures.group("OVERHEAD").figures(), "300", "0.30");
    }

    @Test
    void computesTheTotalOfTheWorkedExample() {
        CostAndFte total = BenchmarkEngine.figures(MODULE, OWN).total();

        assertThat(total.cost()).isEqualByComparingTo("1175000");
        assertThat(euros(total.costPerUnit())).isEqualByComparingTo("2350");
        assertThat(total.fte()).isEqualByComparingTo("14.0");
        assertThat(twoDecimals(total.ftePer100Units())).isEqualByComparingTo("2.80");
    }

    @Test
    void computesTheReferenceMeansOfTheWorkedExample() {
        Comparison comparison = BenchmarkEngine.compare(MODULE, OWN, references(), 5);

        assertThat(comparison.referenceStatus()).isEqualTo(ReferenceStatus.SUFFICIENT);
        assertThat(referenceMean(comparison, FigureId.groupCostPerUnit("UITVOERING")))
                .isEqualByComparingTo("2110");
        assertThat(referenceMean(comparison, FigureId.groupCostPerUnit("BELEID")))
                .isEqualByComparingTo("142");
        assertThat(referenceMean(comparison, FigureId.groupCostPerUnit("REGIE")))
                .isEqualByComparingTo("14");
        assertThat(referenceMean(comparison, FigureId.groupCostPerUnit("OVERHEAD")))
                .isEqualByComparingTo("333");
        assertThat(referenceMean(comparison, FigureId.totalCostPerUnit())).isEqualByComparingTo("2599");
    }

    @Test
    void computesTheDeviationsOfTheWorkedExample() {
        Comparison comparison = BenchmarkEngine.compare(MODULE, OWN, references(), 5);

        assertDeviation(comparison.line(FigureId.groupCostPerUnit("UITVOERING")), "-250", "-11.8");
        assertDeviation(comparison.line(FigureId.groupCostPerUnit("BELEID")), "48", "33.8");
        assertDeviation(comparison.line(FigureId.groupCostPerUnit("REGIE")), "-14", "-100.0");
        assertDeviation(comparison.line(FigureId.groupCostPerUnit("OVERHEAD")), "-33", "-9.9");
        assertDeviation(comparison.line(FigureId.totalCostPerUnit()), "-249", "-9.6");
    }

    @Test
    void compareAllReproducesTheWorkedExampleForTheOwnOrganisation() {
        List<OrganisationInput> participants = new ArrayList<>(references());
        participants.add(OWN);

        Comparison comparison =
                BenchmarkEngine.compareAll(MODULE, participants, 5).get(OWN.organisationId());

        assertDeviation(comparison.line(FigureId.groupCostPerUnit("UITVOERING")), "-250", "-11.8");
        assertDeviation(comparison.line(FigureId.totalCostPerUnit()), "-249", "-9.6");
    }

    private static void assertCostAndFtePerUnit(CostAndFte figures, String costPerUnit, String ftePer100) {
        assertThat(euros(figures.costPerUnit())).isEqualByComparingTo(costPerUnit);
        assertThat(twoDecimals(figures.ftePer100Units())).isEqualByComparingTo(ftePer100);
    }

    private static BigDecimal referenceMean(Comparison comparison, FigureId figure) {
        return comparison.line(figure).referenceMean().orElseThrow();
    }

    private static void assertDeviation(ComparisonLine line, String euros, String percentage) {
        assertThat(euros(line.deviation().orElseThrow())).isEqualByComparingTo(euros);
        assertThat(oneDecimal(line.deviationPercentage().orElseThrow())).isEqualByComparingTo(percentage);
    }
}
