package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @Test
    void parsesEachKindOfReference() {
        assertThat(Quantity.parse("indicator:BEZWAAR")).isEqualTo(new Quantity.Indicator("BEZWAAR"));
        assertThat(Quantity.parse("finance:BUDGET")).isEqualTo(new Quantity.Finance("BUDGET"));
        assertThat(Quantity.parse("inhabitants")).isEqualTo(new Quantity.Inhabitants());
        assertThat(Quantity.parse("hoofdfactor")).isEqualTo(new Quantity.Hoofdfactor());
        assertThat(Quantity.parse("fte:total")).isEqualTo(new Quantity.TotalFte());
        assertThat(Quantity.parse("fte:group:OVERHEAD")).isEqualTo(new Quantity.GroupFte("OVERHEAD"));
        assertThat(Quantity.parse("fte:task:BEZWAAR")).isEqualTo(new Quantity.TaskFte("BEZWAAR"));
        assertThat(Quantity.parse("cost:total")).isEqualTo(new Quantity.TotalCost());
        assertThat(Quantity.parse("cost:group:REGIE")).isEqualTo(new Quantity.GroupCost("REGIE"));
        assertThat(Quantity.parse("cost:task:KCC")).isEqualTo(new Quantity.TaskCost("KCC"));
        assertThat(Quantity.parse("loonkosten:total")).isEqualTo(new Quantity.TotalLoonkosten());
        assertThat(Quantity.parse("inhuur:total")).isEqualTo(new Quantity.TotalInhuur());
        assertThat(Quantity.parse("fteGross:total")).isEqualTo(new Quantity.TotalGrossFte());
        assertThat(Quantity.parse("outsourcing:total")).isEqualTo(new Quantity.TotalOutsourcing());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "indicator:BEZWAAR",
                "finance:BUDGET",
                "inhabitants",
                "hoofdfactor",
                "fte:total",
                "fte:group:OVERHEAD",
                "fte:task:BEZWAAR",
                "cost:total",
                "cost:group:REGIE",
                "cost:task:KCC",
                "loonkosten:total",
                "inhuur:total",
                "fteGross:total",
                "outsourcing:total"
            })
    void writesAParsedReferenceBackUnchanged(String reference) {
        assertThat(Quantity.parse(reference).reference()).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "indicator:",
                "inwoners",
                "fte",
                "fte:group",
                "fte:group:",
                "fte:gross:total",
                "cost:department:X",
                "cost:task:KCC:EXTRA",
                "indicator: BEZWAAR",
                "Hoofdfactor",
                "loonkosten"
            })
    void rejectsAnUnknownReferenceNamingIt(String reference) {
        assertThatThrownBy(() -> Quantity.parse(reference))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + reference + "'");
    }

    @Test
    void rejectsAMissingReference() {
        assertThatThrownBy(() -> Quantity.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsADerivedIndicatorWithAnUnknownReferenceNamingBoth() {
        assertThatThrownBy(() -> Fixtures.derived("X", "fte:totaal", "hoofdfactor", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'X'")
                .hasMessageContaining("'fte:totaal'");
    }

    @Test
    void rejectsAModuleWhoseDerivedIndicatorReadsAnUnknownGroup() {
        assertThatThrownBy(() -> moduleWith(Fixtures.derived("X", "fte:group:INKOOP", "fte:total", "100")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fte:group:INKOOP'");
    }

    @Test
    void rejectsAModuleWhoseDerivedIndicatorReadsAnUnknownTask() {
        assertThatThrownBy(() -> moduleWith(Fixtures.derived("X", "indicator:B", "cost:task:SCHULDREGELING", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'cost:task:SCHULDREGELING'");
    }

    @Test
    void rejectsAModuleWithATaskInTwoGroups() {
        assertThatThrownBy(() -> new ModuleDefinition(
                        "M",
                        "N",
                        List.of(new GroupDefinition("A", List.of("T")), new GroupDefinition("B", List.of("T"))),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'T'");
    }

    @Test
    void readsTaskGroupAndTotalFiguresOfAnOrganisation() {
        ModuleDefinition module = Fixtures.participatie();
        OrganisationInput input = Fixtures.organisation(1)
                .hoofdfactor("10")
                .task("KCC", Fixtures.task("2", "100", "20", "0.5", "10"))
                .outsourcing("UITVOERING", "1000")
                .build();
        OrganisationFigures figures = BenchmarkEngine.figures(module, input);

        assertThat(valueOf("cost:task:KCC", input, figures)).isEqualByComparingTo("110");
        assertThat(valueOf("cost:group:UITVOERING", input, figures)).isEqualByComparingTo("1110");
        assertThat(valueOf("fte:task:KCC", input, figures)).isEqualByComparingTo("1.5");
        assertThat(valueOf("fteGross:total", input, figures)).isEqualByComparingTo("2");
        assertThat(valueOf("outsourcing:total", input, figures)).isEqualByComparingTo("1000");
    }

    private static BigDecimal valueOf(String reference, OrganisationInput input, OrganisationFigures figures) {
        return Quantity.parse(reference).valueFor(input, figures).orElseThrow();
    }

    private static ModuleDefinition moduleWith(DerivedIndicatorDefinition indicator) {
        return new ModuleDefinition(
                "M", "N", List.of(new GroupDefinition("UITVOERING", List.of("KCC"))), List.of(indicator));
    }
}
