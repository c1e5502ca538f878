package nl.maatstaf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import nl.maatstaf.results.ReportFixtures;
import nl.maatstaf.results.ResultsReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF report of the worked example of spec §5, read back with PDFBox's text stripper. */
class PdfReportTest {

    private static final Instant GENERATED = Instant.parse("2026-03-02T13:05:00Z");

    @Test
    void showsTheWorkedExamplesCostPerUitkeringAgainstTheReference() throws IOException {
        String text = text(ReportFixtures.workedExample());

        assertThat(text)
                .contains("Totale kosten per uitkering")
                .contains("€ 2.350")
                .contains("€ 2.599")
                .contains("−€ 249")
                .contains("−9,6%")
                .contains("€ 1.175.000");
    }

    @Test
    void listsTheOrganisationsExplanationsUnderTheirFootnoteNumbers() throws IOException {
        String text = text(ReportFixtures.withFootnote("Het team is deels verhuisd."));

        assertThat(text)
                .contains("Toelichtingen bij uw cijfers")
                .contains("Klantmanagement inkomen: Het team is deels verhuisd.");
        assertThat(text(ReportFixtures.workedExample())).doesNotContain("Toelichtingen bij uw cijfers");
    }

    @Test
    void rendersTheEuroSignMinusSignAndDutchCharacters() throws IOException {
        String text = text(ReportFixtures.workedExample());

        assertThat(text).contains("€ 1.860", "−11,8%", "Secretariële ondersteuning");
    }

    @Test
    void namesOrganisationModuleYearPolicyAndReferenceSizeOnEveryPage() throws IOException {
        byte[] pdf = ReportTemplates.pdf().render(ReportFixtures.workedExample(), GENERATED);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document))
                        .contains("Voorbeeldgemeente · Participatie · peiljaar 2025")
                        .contains("5 organisaties (minimum 5)")
                        .containsPattern("Pagina\\s+" + page + "\\s+van\\s+" + document.getNumberOfPages())
                        .contains("Gemaakt op 02-03-2026 14:05");
            }
        }
    }

    @Test
    void isLaidOutOnA4() throws IOException {
        byte[] pdf = ReportTemplates.pdf().render(ReportFixtures.workedExample(), GENERATED);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void marksAPreliminaryReportAndShowsNoReferenceValues() throws IOException {
        String text = text(ReportFixtures.preliminary());

        assertThat(text)
                .contains("Voorlopig: peiljaar 2025 is nog niet gepubliceerd")
                .contains("€ 2.350");
        assertThat(text).doesNotContain("€ 2.599").doesNotContain("€ 2.110").doesNotContain("−9,6%");
    }

    @Test
    void showsNoReferenceValueBelowK() throws IOException {
        String text = text(ReportFixtures.tooFewReferences());

        assertThat(text).contains("te weinig referenties").contains("€ 2.350");
        // With four references the total would be € 2.584 and Uitvoering € 2.100.
        assertThat(text).doesNotContain("€ 2.584").doesNotContain("€ 2.100").doesNotContain("Laagste €");
    }

    @Test
    void showsTheSpreadOfTheReferenceGroup() throws IOException {
        assertThat(text(ReportFixtures.withSpread()))
                .contains("Spreiding in de referentiegroep")
                .contains("Q1 € 2.504 · mediaan € 2.620 · Q3 € 2.690 · gemiddelde € 2.619")
                .doesNotContain("Laagste €")
                .doesNotContain("hoogste €");
    }

    @Test
    void showsTheTrendWithTheReferenceMeanOfEachYear() throws IOException {
        assertThat(text(ReportFixtures.workedExample()))
                .contains("Trend")
                .contains("2024")
                .contains("ref. € 2.599")
                .contains("geen referentie");
    }

    @Test
    void describesTheReferenceGroupAndHowToReadDifferences() throws IOException {
        assertThat(text(ReportFixtures.workedExample()))
                .contains("Referentiegroep")
                .contains("alle deelnemers met goedgekeurde gegevens")
                .contains("Hoe leest u verschillen?");
    }

    private static String text(ResultsReport report) throws IOException {
        byte[] pdf = ReportTemplates.pdf().render(report, GENERATED);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
