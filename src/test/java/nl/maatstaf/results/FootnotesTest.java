package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.maatstaf.submission.VersionExplanation;
import org.junit.jupiter.api.Test;

/** The organisation's explanations as footnotes: which figure, which number, which tab. */
class FootnotesTest {

    private static final Texts TEXTS = new Texts(ResultsFixtures.messages(), ResultsReports.DUTCH);

    private static Footnotes footnotes(VersionExplanation... explanations) {
        return Footnotes.of(ResultsFixtures.participatie(), List.of(explanations), TEXTS);
    }

    private static VersionExplanation explanation(String warningKey, String text) {
        return new VersionExplanation(warningKey, warningKey.substring(warningKey.indexOf(':') + 1), text);
    }

    @Test
    void footnotesAreNumberedInTheOrderOfTheFiguresNotOfTheWarnings() {
        Footnotes footnotes = footnotes(
                explanation("hoofdfactorChange:B.BIJSTANDSUITKERINGEN", "Meer instroom."),
                explanation("costPerUnitRange:TOTAAL", "Eenmalige kosten."),
                explanation("netChange:A.BELEID", "Nieuwe beleidsmedewerker."),
                explanation("netChange:A.KM_INKOMEN", "Team verhuisd."));

        assertThat(footnotes.all())
                .extracting(Footnote::number, Footnote::place, Footnote::code, Footnote::figure)
                .containsExactly(
                        tuple(1, Footnote.Place.TASK, "KM_INKOMEN", "Klantmanagement inkomen"),
                        tuple(2, Footnote.Place.TASK, "BELEID", "Beleid"),
                        tuple(3, Footnote.Place.TOTAL, "TOTAL", "Totale kosten per uitkering"),
                        tuple(4, Footnote.Place.INDICATOR, "BIJSTANDSUITKERINGEN", "Bijstandsuitkeringen"));
    }

    @Test
    void twoExplanationsOfOneTaskAreTwoFootnotesAtThatTask() {
        Footnotes footnotes = footnotes(
                explanation("netChange:A.KM_INKOMEN", "Team verhuisd."),
                explanation("wagePerFte:A.KM_INKOMEN", "Vooral stagiairs."));

        FigureRow task = row(FigureRow.Kind.TASK, "KM_INKOMEN");
        assertThat(footnotes.marks(ResultsTab.KOSTEN, task)).isEqualTo("1, 2");
        assertThat(footnotes.marks(ResultsTab.FORMATIE, task)).isEqualTo("1, 2");
    }

    @Test
    void anOutsourcingLineAndAGroupHaveTheirOwnFootnotes() {
        Footnotes footnotes = footnotes(
                explanation("aboveMaximum:A.UITVOERING.uitbesteed", "Nieuw contract."),
                explanation("groupChange:A.UITVOERING", "Reorganisatie."));

        assertThat(footnotes.all())
                .extracting(Footnote::place, Footnote::figure)
                .containsExactly(
                        tuple(Footnote.Place.GROUP, "Uitvoering"),
                        tuple(Footnote.Place.OUTSOURCING, "Kosten taken belegd bij derden (Uitvoering)"));
        assertThat(footnotes.marks(ResultsTab.KOSTEN, row(FigureRow.Kind.OUTSOURCING, "UITVOERING")))
                .isEqualTo("2");
        assertThat(footnotes.marks(ResultsTab.FORMATIE, row(FigureRow.Kind.OUTSOURCING, "UITVOERING")))
                .isEmpty();
    }

    @Test
    void eachTabListsOnlyTheFootnotesOfItsOwnFigures() {
        Footnotes footnotes = footnotes(
                explanation("netChange:A.KM_INKOMEN", "Team verhuisd."),
                explanation("costPerUnitRange:TOTAAL", "Eenmalige kosten."),
                explanation("hoofdfactorChange:B.BIJSTANDSUITKERINGEN", "Meer instroom."));

        assertThat(footnotes.onTab(ResultsTab.OVERZICHT))
                .extracting(Footnote::number)
                .containsExactly(2);
        assertThat(footnotes.onTab(ResultsTab.KOSTEN))
                .extracting(Footnote::number)
                .containsExactly(1, 2);
        assertThat(footnotes.onTab(ResultsTab.FORMATIE))
                .extracting(Footnote::number)
                .containsExactly(1);
        assertThat(footnotes.onTab(ResultsTab.INDICATOREN))
                .extracting(Footnote::number)
                .containsExactly(3);
        assertThat(footnotes.onTab(ResultsTab.TREND)).isEmpty();
        assertThat(footnotes.headlineMarks(0)).isEqualTo("2");
        assertThat(footnotes.headlineMarks(1)).isEmpty();
        assertThat(footnotes.rawMarks(new RawIndicator("BIJSTANDSUITKERINGEN", "Bijstandsuitkeringen", "500", "")))
                .isEqualTo("3");
    }

    @Test
    void anExplanationOfAFigureTheCatalogueDoesNotHaveIsLeftOut() {
        Footnotes footnotes = footnotes(
                explanation("netChange:A.VERDWENEN_TAAK", "Taak bestaat niet meer."),
                explanation("belowMinimum:B.ONBEKEND", "Onbekend."));

        assertThat(footnotes.isEmpty()).isTrue();
    }

    @Test
    void aTaskCodeThatIsAlsoAnIndicatorCodeKeepsItsPart() {
        Footnotes footnotes = footnotes(
                explanation("netChange:A.BEZWAAR", "Meer bezwaren behandeld."),
                explanation("aboveMaximum:B.BEZWAAR", "Hoger aantal bezwaarschriften."));

        assertThat(footnotes.all())
                .extracting(Footnote::place, Footnote::text)
                .containsExactly(
                        tuple(Footnote.Place.TASK, "Meer bezwaren behandeld."),
                        tuple(Footnote.Place.INDICATOR, "Hoger aantal bezwaarschriften."));
    }

    @Test
    void noneHasNoMarksAnywhere() {
        assertThat(Footnotes.NONE.marks(ResultsTab.KOSTEN, row(FigureRow.Kind.TASK, "KM_INKOMEN")))
                .isEmpty();
        assertThat(Footnotes.NONE.onTab(ResultsTab.KOSTEN)).isEmpty();
    }

    @Test
    void everyRowOfTheCostTableKnowsItsFigureSoAFootnoteCanFindIt() {
        List<FigureRow> rows = ResultsFixtures.page(5).costRows();

        assertThat(rows.get(0).code()).isEqualTo("UITVOERING");
        assertThat(rows.get(1).code()).isEqualTo("KCC");
        assertThat(rows)
                .filteredOn(r -> r.kind() == FigureRow.Kind.OUTSOURCING)
                .extracting(FigureRow::code)
                .containsExactly("UITVOERING", "BELEID", "REGIE", "OVERHEAD");
        assertThat(rows.get(rows.size() - 1).code()).isEqualTo("TOTAL");
    }

    private static FigureRow row(FigureRow.Kind kind, String code) {
        return new FigureRow(kind, "UITVOERING", "label", "", "", null, null, null, code);
    }
}
