package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberCapacityBulkFormatsTest {

    private static final ExportedSubmission COOPERATION = new ExportedSubmission(
            "SW0001",
            "WMO",
            Map.of("A.BELEID.gemeentenFte", new BigDecimal("1.5")),
            Map.of(),
            Map.of("A.BELEID.gemeentenOmschrijving", "Beleid; bij \"de\" gemeenten"));

    @Test
    void aDescriptionTravelsAsAJsonString() {
        BulkFile file = JsonBulkFormat.read(JsonBulkFormat.write(2360, List.of(COOPERATION)));

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries())
                .extracting(BulkEntry::field, BulkEntry::raw)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("A.BELEID.gemeentenFte", "1,5"),
                        org.assertj.core.groups.Tuple.tuple(
                                "A.BELEID.gemeentenOmschrijving", "Beleid; bij \"de\" gemeenten"));
    }

    @Test
    void aDescriptionTravelsAsAQuotedCsvCell() {
        BulkFile file = CsvBulkFormat.read(CsvBulkFormat.write(List.of(COOPERATION)));

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries())
                .extracting(BulkEntry::field, BulkEntry::raw)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "A.BELEID.gemeentenOmschrijving", "Beleid; bij \"de\" gemeenten"));
    }

    @Test
    void aLineBreakInADescriptionDoesNotBreakTheCsvLine() {
        ExportedSubmission withBreak = new ExportedSubmission(
                "SW0001", "WMO", Map.of(), Map.of(), Map.of("A.BELEID.gemeentenOmschrijving", "twee\nregels"));

        String csv = new String(CsvBulkFormat.write(List.of(withBreak)), StandardCharsets.UTF_8);

        assertThat(csv).contains("A.BELEID.gemeentenOmschrijving;\"twee regels\"\r\n");
    }

    @Test
    void anyOtherFieldAsAJsonStringIsStillRefused() {
        BulkFile file = JsonBulkFormat.read(("{\"year\":2360,\"submissions\":[{\"organisation\":\"SW0001\","
                        + "\"module\":\"WMO\",\"values\":{\"A.BELEID.gemeentenFte\":\"1,5\"}}]}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(file.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("exchange.json.notANumber"));
    }
}
