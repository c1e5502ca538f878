package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.submission.ValueMarker;
import org.junit.jupiter.api.Test;

/** Reading and writing bulk files, without a database. */
class BulkFormatsTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<ExportedSubmission> sample() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("A.KCC.fte", new BigDecimal("12.50"));
        values.put("A.KCC.loonkosten", new BigDecimal("750000"));
        values.put("B.BESCHIKKINGEN", new BigDecimal("1E+3"));
        return List.of(new ExportedSubmission("GM0003", "WMO", values, Map.of(), Map.of()));
    }

    private static List<ExportedSubmission> sampleWithAnUnknownValue() {
        return List.of(new ExportedSubmission(
                "GM0003",
                "WMO",
                Map.of("A.KCC.fte", BigDecimal.ONE),
                Map.of("A.BBZ.loonkosten", ValueMarker.NIET_BEKEND),
                Map.of()));
    }

    @Test
    void writesAValueThatIsNotKnownAsTheWordsInCsvAndAsTheConstantInJson() {
        String csv = new String(CsvBulkFormat.write(sampleWithAnUnknownValue()), StandardCharsets.UTF_8);
        String json = new String(JsonBulkFormat.write(2026, sampleWithAnUnknownValue()), StandardCharsets.UTF_8);

        assertThat(csv).contains("GM0003;WMO;A.BBZ.loonkosten;niet bekend\r\n");
        assertThat(json).contains("\"A.BBZ.loonkosten\" : \"NIET_BEKEND\"");
    }

    @Test
    void readsBackAValueThatIsNotKnownFromJsonAsItsText() {
        BulkFile file = JsonBulkFormat.read(JsonBulkFormat.write(2026, sampleWithAnUnknownValue()));

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries())
                .filteredOn(e -> "A.BBZ.loonkosten".equals(e.field()))
                .singleElement()
                .satisfies(e -> assertThat(ValueMarker.read(e.raw())).contains(ValueMarker.NIET_BEKEND));
    }

    @Test
    void writesCsvWithByteOrderMarkSemicolonsAndDecimalComma() {
        String text = new String(CsvBulkFormat.write(sample()), StandardCharsets.UTF_8);

        assertThat(text)
                .startsWith("\uFEFForganisatie;module;veld;waarde\r\n")
                .contains("GM0003;WMO;A.KCC.fte;12,5\r\n")
                .contains("GM0003;WMO;B.BESCHIKKINGEN;1000\r\n");
    }

    @Test
    void readsBackWhatItWroteAsCsv() {
        BulkFile file = CsvBulkFormat.read(CsvBulkFormat.write(sample()));

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries())
                .containsExactly(
                        new BulkEntry(2, "GM0003", "WMO", "A.KCC.fte", "12,5"),
                        new BulkEntry(3, "GM0003", "WMO", "A.KCC.loonkosten", "750000"),
                        new BulkEntry(4, "GM0003", "WMO", "B.BESCHIKKINGEN", "1000"));
    }

    @Test
    void readsCsvWithoutByteOrderMark() {
        BulkFile file = CsvBulkFormat.read(utf8("organisatie;module;veld;waarde\nGM0003;WMO;A.KCC.fte;2\n"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).hasSize(1);
    }

    @Test
    void reportsADecimalCommaInACommaSeparatedFileWithAHint() {
        BulkFile file = CsvBulkFormat.read(
                utf8("organisatie,module,veld,waarde\nGM0003,WMO,A.KCC.fte,12,5\nGM0003,WMO,A.KCC.loonkosten,1000\n"));

        assertThat(file.entries()).hasSize(1);
        assertThat(file.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.messageKey()).isEqualTo("exchange.csv.decimalComma");
            assertThat(problem.args()).containsExactly("12,5");
        });
    }

    @Test
    void acceptsAQuotedDecimalCommaInACommaSeparatedFile() {
        BulkFile file = CsvBulkFormat.read(utf8("organisatie,module,veld,waarde\nGM0003,WMO,A.KCC.fte,\"12,5\"\n"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).containsExactly(new BulkEntry(2, "GM0003", "WMO", "A.KCC.fte", "12,5"));
    }

    @Test
    void refusesACsvWithoutTheExpectedHeader() {
        BulkFile file = CsvBulkFormat.read(utf8("GM0003;WMO;A.KCC.fte;2\n"));

        assertThat(file.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("exchange.csv.header"));
    }

    @Test
    void reportsAnUnclosedQuoteAndAWrongColumnCountPerLine() {
        BulkFile file =
                CsvBulkFormat.read(utf8("organisatie;module;veld;waarde\n\"GM0003;WMO;A.KCC.fte;2\nGM0003;WMO\n"));

        assertThat(file.problems())
                .extracting(BulkProblem::row, BulkProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "exchange.csv.quote"),
                        org.assertj.core.groups.Tuple.tuple(3, "exchange.csv.columns"));
    }

    @Test
    void refusesACsvThatIsNotUtf8() {
        byte[] latin1 = "organisatie;module;veld;waarde\nGM0003;WMO;A.KCC.fte;caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(CsvBulkFormat.read(latin1).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("exchange.csv.notUtf8"));
    }

    @Test
    void readsBackWhatItWroteAsJsonWithExactNumbers() {
        BulkFile file = JsonBulkFormat.read(JsonBulkFormat.write(2025, sample()));

        assertThat(file.problems()).isEmpty();
        assertThat(file.year()).isEqualTo(2025);
        assertThat(file.entries())
                .containsExactly(
                        new BulkEntry(1, "GM0003", "WMO", null, null),
                        new BulkEntry(1, "GM0003", "WMO", "A.KCC.fte", "12,5"),
                        new BulkEntry(1, "GM0003", "WMO", "A.KCC.loonkosten", "750000"),
                        new BulkEntry(1, "GM0003", "WMO", "B.BESCHIKKINGEN", "1000"));
    }

    @Test
    void readsAJsonNumberWithManyDigitsExactly() {
        BulkFile file = JsonBulkFormat.read(
                utf8("{\"year\":2025,\"submissions\":[{\"organisation\":\"GM0003\",\"module\":\"WMO\","
                        + "\"values\":{\"A.KCC.loonkosten\":123456789.123456}}]}"));

        assertThat(file.entries()).last().extracting(BulkEntry::raw).isEqualTo("123456789,123456");
    }

    @Test
    void reportsMalformedJsonWithItsLine() {
        BulkFile file = JsonBulkFormat.read(utf8("{\"year\": 2025,\n \"submissions\": [\n {]\n}"));

        assertThat(file.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("exchange.json.malformed");
            assertThat(problem.args().get(0)).isEqualTo(3);
        });
    }

    @Test
    void refusesATextValueInJsonAtItsPosition() {
        BulkFile file = JsonBulkFormat.read(utf8("{\"year\":2025,\"submissions\":["
                + "{\"organisation\":\"GM0003\",\"module\":\"WMO\",\"values\":{\"A.KCC.fte\":2}},"
                + "{\"organisation\":\"GM0010\",\"module\":\"WMO\",\"values\":{\"A.KCC.fte\":\"2\"}}]}"));

        assertThat(file.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.organisation()).isEqualTo("GM0010");
            assertThat(problem.field()).isEqualTo("A.KCC.fte");
            assertThat(problem.messageKey()).isEqualTo("exchange.json.notANumber");
        });
    }

    @Test
    void refusesADuplicateKeyInJson() {
        BulkFile file = JsonBulkFormat.read(utf8("{\"year\":2025,\"submissions\":[{\"organisation\":\"GM0003\","
                + "\"module\":\"WMO\",\"values\":{\"A.KCC.fte\":2,\"A.KCC.fte\":3}}]}"));

        assertThat(file.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("exchange.json.malformed"));
    }

    @Test
    void recognisesJsonAndCsvByTheirFirstCharacter() {
        assertThat(BulkFormat.sniff(utf8("  {\"year\":1}"))).isEqualTo(BulkFormat.JSON);
        assertThat(BulkFormat.sniff(utf8("\uFEFForganisatie;module;veld;waarde")))
                .isEqualTo(BulkFormat.CSV);
    }
}
