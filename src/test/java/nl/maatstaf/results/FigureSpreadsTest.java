package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The spread of every per-unit cost and formation figure of the worked example. */
class FigureSpreadsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final FigureSpreads spreads = new FigureSpreads(ResultsFixtures.messages(), new ObjectMapper());

    @Test
    void givesEveryCostFigureItsSpreadWithGroupsAndTotalInView() {
        List<FigureSpreads.Entry> costs =
                spreads.costs(ResultsFixtures.participatie(), ResultsFixtures.results(10), DUTCH);

        int tasks = (int) ResultsFixtures.participatie().tasks().count();
        int groups = ResultsFixtures.participatie().groups().size();
        assertThat(costs).hasSize(tasks + 2 * groups + 1);
        assertThat(costs.stream().filter(e -> !e.detail()))
                .extracting(FigureSpreads.Entry::label)
                .containsExactly("Uitvoering", "Beleid", "Regie", "Overhead", "Totaal");
    }

    @Test
    void describesTheSpreadOfTheTotalInWordsAndAsChartData() {
        FigureSpreads.Entry total =
                last(spreads.costs(ResultsFixtures.participatie(), ResultsFixtures.results(10), DUTCH));

        assertThat(total.description())
                .isEqualTo("Spreiding van Totaal: eigen waarde € 2.350; referentie € 2.619; middelste helft € 2.504"
                        + " tot € 2.690");
        assertThat(total.chartJson())
                .contains("\"median\":2620")
                .doesNotContain("min")
                .doesNotContain("max");
    }

    @Test
    void givesFormationFiguresTheirSpread() {
        List<FigureSpreads.Entry> formation =
                spreads.formation(ResultsFixtures.participatie(), ResultsFixtures.results(10), DUTCH);

        assertThat(last(formation).chartJson()).contains("\"format\":\"FTE\"");
    }

    @Test
    void showsNoSpreadOverFewerThanTenReferences() {
        assertThat(spreads.costs(ResultsFixtures.participatie(), ResultsFixtures.results(9), DUTCH))
                .isEmpty();
    }

    @Test
    void showsNoSpreadBelowK() {
        assertThat(spreads.costs(ResultsFixtures.participatie(), ResultsFixtures.results(4), DUTCH))
                .isEmpty();
    }

    private static FigureSpreads.Entry last(List<FigureSpreads.Entry> entries) {
        return entries.get(entries.size() - 1);
    }
}
