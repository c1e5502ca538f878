package nl.maatstaf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.maatstaf.results.ReportFixtures;
import nl.maatstaf.results.ResultsReport;
import org.junit.jupiter.api.Test;

/** The CSV export as Dutch Excel expects it. */
class CsvExportTest {

    private static final Instant GENERATED = Instant.parse("2026-03-02T13:05:00Z");

    @Test
    void startsWithAUtf8ByteOrderMark() {
        byte[] csv = csv(ReportFixtures.workedExample());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void roundsATieOfTwoDecimalsHalfAwayFromZero() {
        assertThat(CsvExport.number(new ExportCell.Number(new BigDecimal("4.375"), ExportCell.Kind.DECIMAL)))
                .isEqualTo("4,38");
        assertThat(CsvExport.number(new ExportCell.Number(new BigDecimal("-4.375"), ExportCell.Kind.DECIMAL)))
                .isEqualTo("-4,38");
        assertThat(CsvExport.number(new ExportCell.Number(new BigDecimal("4.365"), ExportCell.Kind.EURO)))
                .isEqualTo("4,37");
    }

    @Test
    void numbersAFootnoteAtItsFigureAndListsItInTheLastSection() {
        String csv = text(ReportFixtures.withFootnote("Team \"Inkomen\"; deels verhuisd."));

        assertThat(csv)
                .containsPattern("\r\nTaak;KM_INKOMEN;Klantmanagement inkomen;[^\r]*;1\r\n")
                .endsWith("\r\nToelichtingen\r\nVoetnoot;Onderdeel;Toelichting\r\n"
                        + "1;Klantmanagement inkomen;\"Team \"\"Inkomen\"\"; deels verhuisd.\"\r\n");
    }

    @Test
    void hasNoSectionOfExplanationsWithoutFootnotes() {
        assertThat(text(ReportFixtures.workedExample())).doesNotContain("Toelichtingen");
    }

    @Test
    void endsEveryLineWithCrLf() {
        String csv = text(ReportFixtures.workedExample());

        assertThat(csv).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void separatesFieldsWithSemicolonsAndWritesDecimalCommas() {
        String csv = text(ReportFixtures.withSpread());

        assertThat(csv)
                .contains("\r\nTotaal;TOTAL;Totaal;1175000,00;2350,00;2619,00;-269,00;-10,27;10;2503,75;2620,00;"
                        + "2690,00;;\r\n");
    }

    @Test
    void keepsTheEuroSignAndDutchCharactersInUtf8() {
        String csv = text(ReportFixtures.workedExample());

        assertThat(csv).contains("Totale netto kosten (€)").contains("Secretariële ondersteuning");
    }

    @Test
    void quotesFieldsWithSemicolonsQuotesOrLineBreaks() {
        ExportSheet sheet = new ExportSheet(
                "Proef",
                true,
                List.of(List.of(
                        ExportCell.text("a;b"),
                        ExportCell.text("zeg \"ja\""),
                        ExportCell.text("twee\nregels"),
                        ExportCell.text("gewoon"),
                        ExportCell.number(new BigDecimal("1234.565"), ExportCell.Kind.EURO))));

        String csv = new String(CsvExport.write(List.of(sheet)), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFProef\r\n\"a;b\";\"zeg \"\"ja\"\"\";\"twee\nregels\";gewoon;1234,57\r\n");
    }

    @Test
    void leavesEveryReferenceColumnEmptyBelowK() {
        String csv = text(ReportFixtures.tooFewReferences());

        assertThat(csv)
                .contains("\r\nTotaal;TOTAL;Totaal;1175000,00;2350,00;;;;4;;;;te weinig referenties;\r\n")
                .doesNotContain("2583,75")
                .doesNotContain("2100,00");
    }

    @Test
    void marksAPreliminaryYearAndLeavesTheReferenceEmpty() {
        String csv = text(ReportFixtures.preliminary());

        assertThat(csv)
                .contains("Status;\"Voorlopig: het peiljaar is nog niet gepubliceerd; er zijn geen referentiewaarden\"")
                .contains("\r\nTotaal;TOTAL;Totaal;1175000,00;2350,00;;;;5;;;;voorlopig;\r\n")
                .doesNotContain("2599,00");
    }

    @Test
    void listsTheTrendPerYear() {
        String csv = text(ReportFixtures.workedExample());

        assertThat(csv)
                .contains("\r\nTotale kosten per uitkering;2024;2350,00;;4;te weinig referenties\r\n")
                .contains("\r\nTotale kosten per uitkering;2025;2350,00;2599,00;5;\r\n");
    }

    @Test
    void writesWhenItWasMadeInAmsterdamTimeInWinterAndSummer() {
        ExportRows rows = new ExportRows(ReportTemplates.texts());

        String winter = new String(
                CsvExport.write(rows.sheets(ReportFixtures.workedExample(), Instant.parse("2026-03-02T13:05:00Z"))),
                StandardCharsets.UTF_8);
        String summer = new String(
                CsvExport.write(rows.sheets(ReportFixtures.workedExample(), Instant.parse("2026-07-01T22:30:00Z"))),
                StandardCharsets.UTF_8);

        assertThat(winter).contains("\r\nGemaakt op;02-03-2026 14:05\r\n");
        assertThat(summer).contains("\r\nGemaakt op;02-07-2026 00:30\r\n");
    }

    private static byte[] csv(ResultsReport report) {
        return CsvExport.write(new ExportRows(ReportTemplates.texts()).sheets(report, GENERATED));
    }

    private static String text(ResultsReport report) {
        return new String(csv(report), StandardCharsets.UTF_8);
    }
}
