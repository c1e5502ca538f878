package nl.maatstaf.engine;

import static nl.maatstaf.engine.Fixtures.organisation;
import static nl.maatstaf.engine.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final ModuleDefinition MODULE = Fixtures.participatie();

    @Test
    void netCostOfATaskSubtractsRevenueFromThirdPartiesFromWageAndHireCost() {
        OrganisationInput input = organisation(1)
                .hoofdfactor("400")
                .task("KLANTMANAGEMENT_WERK", task("5", "390000", "12000", "0.5", "35000"))
                .build();

        CostAndFte task = BenchmarkEngine.figures(MODULE, input)
                .task("KLANTMANAGEMENT_WERK")
                .figures();

        assertThat(task.cost()).isEqualByComparingTo("367000");
        assertThat(task.costPerUnit()).isEqualByComparingTo("917.5");
    }

    @Test
    void netFteOfATaskSubtractsFteWorkingForThirdParties() {
        OrganisationInput input = organisation(1)
                .hoofdfactor("400")
                .task("KLANTMANAGEMENT_WERK", task("5", "390000", "0", "0.5", "35000"))
                .build();

        CostAndFte task = BenchmarkEngine.figures(MODULE, input)
                .task("KLANTMANAGEMENT_WERK")
                .figures();

        assertThat(task.fte()).isEqualByComparingTo("4.5");
        assertThat(task.ftePer100Units()).isEqualByComparingTo("1.125");
    }

    @Test
    void groupCostIncludesTheGroupsOutsourcingLine() {
        OrganisationInput input = organisation(1)
                .hoofdfactor("200")
                .task("BELEID", task("1", "90000", "0", "0", "0"))
                .outsourcing("BELEID", "10000")
                .build();

        GroupFigures beleid = BenchmarkEngine.figures(MODULE, input).group("BELEID");

        assertThat(beleid.outsourcing().cost()).isEqualByComparingTo("10000");
        assertThat(beleid.outsourcing().costPerUnit()).isEqualByComparingTo("50");
        assertThat(beleid.figures().cost()).isEqualByComparingTo("100000");
        assertThat(beleid.figures().fte()).isEqualByComparingTo("1");
    }

    @Test
    void totalAddsUpAllGroupsIncludingOutsourcing() {
        OrganisationInput input = organisation(1)
                .hoofdfactor("100")
                .task("KCC", task("2", "100000", "5000", "0", "0"))
                .task("BELEID", task("1", "90000", "0", "0", "0"))
                .outsourcing("REGIE", "30000")
                .build();

        OrganisationFigures figures = BenchmarkEngine.figures(MODULE, input);

        assertThat(figures.total().cost()).isEqualByComparingTo("225000");
        assertThat(figures.total().fte()).isEqualByComparingTo("3");
        assertThat(figures.outsourcingTotal()).isEqualByComparingTo("30000");
        assertThat(figures.total().costPerUnit()).isEqualByComparingTo("2250");
    }

    @Test
    void keepsTheInputComponentsSoAFigureCanBeExplained() {
        TaskInput kcc = task("2", "100000", "5000", "0.5", "20000");
        OrganisationInput input =
                organisation(1).hoofdfactor("100").task("KCC", kcc).build();

        OrganisationFigures figures = BenchmarkEngine.figures(MODULE, input);

        assertThat(figures.task("KCC").input()).isEqualTo(kcc);
        assertThat(figures.taskInputTotal()).isEqualTo(kcc);
        assertThat(figures.hoofdfactor()).isEqualByComparingTo("100");
    }

    @Test
    void treatsATaskWithoutInputAsZero() {
        OrganisationInput input = organisation(1).hoofdfactor("100").build();

        TaskFigures kcc = BenchmarkEngine.figures(MODULE, input).task("KCC");

        assertThat(kcc.input()).isEqualTo(TaskInput.EMPTY);
        assertThat(kcc.figures().cost()).isZero();
        assertThat(kcc.figures().ftePer100Units()).isZero();
    }

    @Test
    void treatsEmptyTaskFieldsAsZero() {
        TaskInput input = new TaskInput(new BigDecimal("1"), null, null, null, null);

        assertThat(input.loonkosten()).isZero();
        assertThat(input.fteDerden()).isZero();
    }

    @Test
    void listsGroupsAndTasksInCatalogueOrder() {
        OrganisationFigures figures =
                BenchmarkEngine.figures(MODULE, organisation(1).hoofdfactor("1").build());

        assertThat(figures.groups())
                .extracting(GroupFigures::groupCode)
                .containsExactly("UITVOERING", "BELEID", "REGIE", "OVERHEAD");
        assertThat(figures.group("OVERHEAD").tasks())
                .extracting(TaskFigures::taskCode)
                .containsExactly("MANAGEMENT", "BEDRIJFSVOERING", "SECRETARIAAT");
    }

    @Test
    void keepsFullPrecisionInsteadOfRounding() {
        OrganisationInput input = organisation(1)
                .hoofdfactor("3")
                .task("KCC", task("1", "100000", "0", "0", "0"))
                .build();

        BigDecimal costPerUnit = BenchmarkEngine.figures(MODULE, input).total().costPerUnit();

        assertThat(costPerUnit.precision()).isEqualTo(34);
        assertThat(costPerUnit).isEqualByComparingTo("33333.33333333333333333333333333333");
    }

    @Test
    void rejectsAnOrganisationWithoutHoofdfactor() {
        OrganisationInput input =
                organisation(7).task("KCC", task("1", "1", "0", "0", "0")).build();

        assertThatThrownBy(() -> BenchmarkEngine.figures(MODULE, input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Organisation 7")
                .hasMessageContaining(Fixtures.HOOFDFACTOR);
    }

    @Test
    void rejectsAnOrganisationWithZeroHoofdfactor() {
        OrganisationInput input = organisation(7).hoofdfactor("0").build();

        assertThatThrownBy(() -> BenchmarkEngine.figures(MODULE, input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Fixtures.HOOFDFACTOR);
    }

    @Test
    void rejectsATaskTheModuleDoesNotHave() {
        OrganisationInput input = organisation(7)
                .hoofdfactor("10")
                .task("SCHULDREGELING", task("1", "1", "0", "0", "0"))
                .build();

        assertThatThrownBy(() -> BenchmarkEngine.figures(MODULE, input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SCHULDREGELING");
    }

    @Test
    void rejectsOutsourcingForAGroupTheModuleDoesNotHave() {
        OrganisationInput input =
                organisation(7).hoofdfactor("10").outsourcing("INKOOP", "5").build();

        assertThatThrownBy(() -> BenchmarkEngine.figures(MODULE, input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INKOOP");
    }

    @Test
    void ignoresEmptyValuesInInputMaps() {
        Map<String, BigDecimal> indicators = new HashMap<>();
        indicators.put(Fixtures.HOOFDFACTOR, BigDecimal.TEN);
        indicators.put("BEZWAAR", null);

        OrganisationInput input = new OrganisationInput(1, null, null, null, indicators, null);

        assertThat(input.indicators()).containsOnlyKeys(Fixtures.HOOFDFACTOR);
        assertThat(input.tasks()).isEmpty();
    }
}
