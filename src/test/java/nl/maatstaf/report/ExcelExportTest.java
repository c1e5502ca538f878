package nl.maatstaf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.maatstaf.results.ReportFixtures;
import nl.maatstaf.results.ResultsReport;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The Excel export, read back with an independent reader. */
class ExcelExportTest {

    private static final Instant GENERATED = Instant.parse("2026-03-02T13:05:00Z");

    @Test
    void hasASheetPerPart() throws IOException {
        try (ReadableWorkbook workbook = workbook(ReportFixtures.workedExample())) {
            assertThat(workbook.getSheets().map(Sheet::getName))
                    .containsExactly("Overzicht", "Kosten", "Formatie", "Werklastindicatoren", "Trend");
        }
    }

    @Test
    void holdsTheFiguresAsNumericCellsWithDutchDisplayFormats() throws IOException {
        try (ReadableWorkbook workbook = workbook(ReportFixtures.workedExample())) {
            Row total = last(workbook, "Kosten");

            assertThat(total.getCell(2).asString()).isEqualTo("Totaal");
            assertThat(total.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(total.getCell(4).asNumber()).isEqualByComparingTo("2350");
            assertThat(total.getCell(5).asNumber()).isEqualByComparingTo("2599");
            assertThat(total.getCell(8).asNumber()).isEqualByComparingTo("5");
            assertThat(total.getCell(4).getDataFormatString()).isEqualTo(ExcelExport.EURO_FORMAT);
            assertThat(total.getCell(7).getDataFormatString()).isEqualTo(ExcelExport.PERCENT_FORMAT);
        }
    }

    @Test
    void keepsATieExactSoItsTwoDecimalFormatShowsItRoundedAwayFromZero() throws IOException {
        ExportSheet sheet = new ExportSheet(
                "Proef",
                false,
                List.of(List.of(
                        ExportCell.number(new BigDecimal("4.375"), ExportCell.Kind.DECIMAL),
                        ExportCell.number(new BigDecimal("-4.375"), ExportCell.Kind.DECIMAL))));

        byte[] xlsx = ExcelExport.write(List.of(sheet));

        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            Row row = workbook.findSheet("Proef").orElseThrow().read().get(0);
            assertThat(row.getCell(0).getRawValue()).isEqualTo("4.375");
            assertThat(row.getCell(1).getRawValue()).isEqualTo("-4.375");
            assertThat(row.getCell(0).getDataFormatString()).isEqualTo(ExcelExport.DECIMAL_FORMAT);
        }
    }

    @Test
    void leavesReferenceCellsEmptyBelowK() throws IOException {
        try (ReadableWorkbook workbook = workbook(ReportFixtures.tooFewReferences())) {
            Row total = last(workbook, "Kosten");

            assertThat(total.getCell(4).asNumber()).isEqualByComparingTo("2350");
            for (int column = 5; column <= 11; column++) {
                if (column != 8) {
                    assertThat(total.getOptionalCell(column)
                                    .map(c -> c.getType())
                                    .orElse(CellType.EMPTY))
                            .as("column %d", column)
                            .isEqualTo(CellType.EMPTY);
                }
            }
        }
    }

    private static Row last(ReadableWorkbook workbook, String sheet) throws IOException {
        List<Row> rows = workbook.findSheet(sheet).orElseThrow().read();
        return rows.get(rows.size() - 1);
    }

    private static ReadableWorkbook workbook(ResultsReport report) throws IOException {
        byte[] xlsx = ExcelExport.write(new ExportRows(ReportTemplates.texts()).sheets(report, GENERATED));
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false));
    }
}
