package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The formatted and explained view of the worked example of spec §5. */
class ResultsPageFactoryTest {

    private final ResultsPage page = ResultsFixtures.page(5);

    @Test
    void showsTheGroupCostsOfTheWorkedExampleAgainstTheReference() {
        FigureRow uitvoering = row(page.costRows(), FigureRow.Kind.GROUP, "Uitvoering");

        assertThat(uitvoering.absolute()).isEqualTo("€ 930.000");
        assertThat(uitvoering.perUnit()).isEqualTo("€ 1.860");
        assertThat(uitvoering.reference()).isEqualTo(new ReferenceCells(true, "€ 2.110", "−€ 250", "−11,8%", 5, ""));
    }

    @Test
    void showsTheDeviationsOfTheOtherGroupsAsTheSpecStatesThem() {
        assertThat(row(page.costRows(), FigureRow.Kind.GROUP, "Beleid")
                        .reference()
                        .deviation())
                .isEqualTo("+€ 48");
        assertThat(row(page.costRows(), FigureRow.Kind.GROUP, "Beleid")
                        .reference()
                        .deviationPercentage())
                .isEqualTo("+33,8%");
        assertThat(row(page.costRows(), FigureRow.Kind.GROUP, "Regie")
                        .reference()
                        .deviationPercentage())
                .isEqualTo("−100,0%");
        assertThat(row(page.costRows(), FigureRow.Kind.GROUP, "Overhead")
                        .reference()
                        .deviation())
                .isEqualTo("−€ 33");
    }

    @Test
    void showsTheTotalCostAsTheRoundedDeviationOfUnroundedValues() {
        FigureRow total = last(page.costRows());

        assertThat(total.kind()).isEqualTo(FigureRow.Kind.TOTAL);
        assertThat(total.absolute()).isEqualTo("€ 1.175.000");
        assertThat(total.perUnit()).isEqualTo("€ 2.350");
        assertThat(total.reference()).isEqualTo(new ReferenceCells(true, "€ 2.599", "−€ 249", "−9,6%", 5, ""));
    }

    @Test
    void showsTheFormationPerHundredUnits() {
        FigureRow uitvoering = row(page.fteRows(), FigureRow.Kind.GROUP, "Uitvoering");
        FigureRow total = last(page.fteRows());

        assertThat(uitvoering.absolute()).isEqualTo("11,50");
        assertThat(uitvoering.perUnit()).isEqualTo("2,30");
        assertThat(total.perUnit()).isEqualTo("2,80");
    }

    @Test
    void saysNotApplicableForADeviationPercentageAgainstAZeroReference() {
        // The references of the worked example have all their cost outsourced, so no fte at all.
        assertThat(last(page.fteRows()).reference().deviationPercentage()).isEqualTo("n.v.t.");
    }

    @Test
    void explainsATaskCostWithItsInputsAndTheHoofdfactor() {
        Explanation explanation = row(page.costRows(), FigureRow.Kind.TASK, "Klantmanagement inkomen")
                .explanation();

        assertThat(explanation.steps())
                .containsExactly(
                        "Netto kosten = loonkosten € 300.000 + inhuurkosten € 20.000 − opbrengsten derden € 0"
                                + " = € 320.000.",
                        "Kosten per uitkering = € 320.000 ÷ 500 uitkeringen = € 640.");
    }

    @Test
    void explainsAGroupCostAsItsTasksPlusItsOutsourcing() {
        Explanation explanation =
                row(page.costRows(), FigureRow.Kind.GROUP, "Uitvoering").explanation();

        assertThat(explanation.steps().get(0))
                .isEqualTo("Kosten van de taakgroep = netto kosten van de taken samen € 880.000"
                        + " + kosten taken belegd bij derden € 50.000 = € 930.000.");
    }

    @Test
    void explainsTheReferenceMeanWithTheNumberOfOrganisationsItRestsOn() {
        Explanation explanation = last(page.costRows()).explanation();

        assertThat(explanation.reference())
                .startsWith("Referentie: het gemiddelde van de totale kosten per uitkering over 5 organisaties"
                        + " = € 2.599.")
                .contains("Afwijking = eigen waarde − referentie = −€ 249; in procenten van de referentie: −9,6%.");
    }

    @Test
    void explainsTheNetFteOfATask() {
        Explanation explanation = row(page.fteRows(), FigureRow.Kind.TASK, "Klantmanagement werk / re-integratie")
                .explanation();

        assertThat(explanation.steps())
                .containsExactly(
                        "Netto formatie = formatie 5,00 fte − fte voor derden 0,50 fte = 4,50 fte.",
                        "Fte per 100 uitkeringen = 4,50 fte ÷ 500 uitkeringen × 100 = 0,90.");
    }

    @Test
    void putsTheOutsourcingLineUnderItsGroupInTheCostTableOnly() {
        FigureRow outsourcing = row(page.costRows(), FigureRow.Kind.OUTSOURCING, "Kosten taken belegd bij derden");

        assertThat(outsourcing.groupCode()).isEqualTo("UITVOERING");
        assertThat(outsourcing.absolute()).isEqualTo("€ 50.000");
        assertThat(outsourcing.isDetail()).isTrue();
        assertThat(page.fteRows()).noneMatch(r -> r.kind() == FigureRow.Kind.OUTSOURCING);
    }

    @Test
    void headlinesTotalCostFteAndHoofdfactorPerThousandInhabitants() {
        assertThat(page.headlines())
                .extracting(Headline::label, Headline::own)
                .containsExactly(
                        tuple("Totale kosten per uitkering", "€ 2.350"),
                        tuple("Fte per 100 uitkeringen", "2,80"),
                        tuple("Bijstandsuitkeringen per 1.000 inwoners", "12,50"));
    }

    @Test
    void explainsADerivedIndicatorWithItsNumeratorAndDenominator() {
        IndicatorRow row = indicator("BEZWAAR_PER_1000_BESCHIKKINGEN");

        assertThat(row.own()).isEqualTo("25,00");
        assertThat(row.explanation().steps())
                .containsExactly(
                        "Teller: Bezwaar- en beroepszaken = 30.",
                        "Noemer: Beschikkingen = 1.200.",
                        "Berekening: 30 ÷ 1.200 × 1.000 = 25,00.");
    }

    @Test
    void saysWhyADerivedIndicatorIsNotComputed() {
        IndicatorRow row = indicator("BEZWAAR_PER_FTE_BEZWAAR");

        assertThat(row.own()).isEqualTo("n.b.");
        assertThat(row.explanation().steps()).last().isEqualTo("Niet berekend: de noemer is 0.");
    }

    @Test
    void drawsNoSpreadOfADerivedIndicatorOverFiveReferences() {
        // Five references (20, 25, 30, 35 and 40 cases per 1.000 decisions): their quartiles would
        // come close to listing them, so only the mean is shown.
        assertThat(indicator("BEZWAAR_PER_1000_BESCHIKKINGEN").chart()).isNull();
    }

    @Test
    void showsTheSuppliedPartBIndicators() {
        assertThat(page.rawIndicators())
                .extracting(RawIndicator::code, RawIndicator::value)
                .contains(tuple("BIJSTANDSUITKERINGEN", "500"), tuple("LKS", "niet opgegeven"));
    }

    @Test
    void statesThePolicyAndTheReferenceGroupSize() {
        assertThat(page.policy())
                .isEqualTo("alle deelnemers met goedgekeurde gegevens voor deze module in dit peiljaar");
        assertThat(page.referenceSize()).isEqualTo(5);
        assertThat(page.referenceSufficient()).isTrue();
    }

    private IndicatorRow indicator(String code) {
        return page.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static FigureRow row(List<FigureRow> rows, FigureRow.Kind kind, String label) {
        return rows.stream()
                .filter(r -> r.kind() == kind && r.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " row " + label));
    }

    static FigureRow last(List<FigureRow> rows) {
        return rows.get(rows.size() - 1);
    }
}
