package nl.maatstaf.exchange;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the bulk API. */
final class BulkApiDocuments {

    private BulkApiDocuments() {}

    @Schema(description = "Een heel peiljaar in cataloguscodes; ook het formaat van een JSON-import")
    record BulkFileDocument(
            @Schema(description = "Peiljaar", example = "2025")
            int year,

            List<BulkSubmissionDocument> submissions) {}

    @Schema(description = "De goedgekeurde cijfers van één organisatie voor één module")
    record BulkSubmissionDocument(
            @Schema(
                    description = "Organisatiecode: CBS-code van een gemeente of code van een samenwerkingsverband",
                    example = "GM0003")
            String organisation,

            @Schema(description = "Modulecode", example = "PARTICIPATIE")
            String module,

            @Schema(description = "Getallen per veldsleutel (A.<TAAK>.fte, B.<INDICATOR>, …)")
            Map<String, BigDecimal> values) {}

    @Schema(description = "Het controleverslag van een import")
    record BulkReportDocument(
            int year,
            @Schema(description = "JSON of CSV") String format,

            @Schema(description = "Alleen gecontroleerd, niets opgeslagen")
            boolean dryRun,

            @Schema(description = "Aantal combinaties van organisatie en module in het bestand")
            int submissions,

            @Schema(description = "Aantal opgeslagen nieuwe goedgekeurde versies; 0 bij een fout")
            int imported,

            @Schema(description = "Aantal aanmeldingen voor een module door deze import")
            int enrolled,

            int errors,
            int warnings,

            @Schema(description = "Niet alle meldingen staan in findings")
            boolean truncated,

            List<BulkFindingDocument> findings) {

        static BulkReportDocument of(BulkReport report) {
            return new BulkReportDocument(
                    report.year(),
                    report.format() == null ? null : report.format().name(),
                    report.dryRun(),
                    report.submissions(),
                    report.imported(),
                    report.enrolled(),
                    report.errors(),
                    report.warnings(),
                    report.truncated(),
                    report.lines().stream()
                            .map(line -> new BulkFindingDocument(
                                    line.row(),
                                    line.organisation(),
                                    line.module(),
                                    line.field(),
                                    line.error() ? "FOUT" : "WAARSCHUWING",
                                    line.message()))
                            .toList());
        }
    }

    @Schema(
            description =
                    "Eén melding, met de rij: regelnummer (CSV) of positie van de inzending (JSON); 0 = het bestand")
    record BulkFindingDocument(
            int row, String organisation, String module, String field, String severity, String message) {}
}
