package nl.maatstaf.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.exchange.BulkApiDocuments.BulkFileDocument;
import nl.maatstaf.exchange.BulkApiDocuments.BulkReportDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Export and import of a whole peiljaar over the API, for the beheerder only. */
@RestController
@RequestMapping("/api/v1/bulk/{year}")
@Tag(
        name = "Uitwisseling",
        description = "Een heel peiljaar exporteren en importeren als JSON of CSV (alleen de beheerder)")
class BulkApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final BulkExchange exchange;
    private final MessageSource messages;
    private final DataSize maxUpload;

    BulkApiController(
            BulkExchange exchange,
            MessageSource messages,
            @Value("${maatstaf.exchange.max-upload-size}") DataSize maxUpload) {
        this.exchange = exchange;
        this.messages = messages;
        this.maxUpload = maxUpload;
    }

    @GetMapping
    @Operation(
            summary = "Een peiljaar exporteren",
            description = "Per organisatie de laatste goedgekeurde versie, voor alle modules of één module. "
                    + "CSV: organisatie;module;veld;waarde met decimale komma, UTF-8 met BOM.")
    @ApiResponse(
            responseCode = "200",
            description = "Het bestand",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = BulkFileDocument.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "400", description = "Onbekend formaat")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Peiljaar of module onbekend")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @Parameter(description = "Cataloguscode of slug; leeg voor alle modules") @RequestParam(required = false)
                    String module,
            @Parameter(description = "json (standaard) of csv") @RequestParam(required = false) String format) {
        requireBeheerder(user);
        BulkFormat bulkFormat = BulkFormat.named(format)
                .orElseThrow(() -> new BulkApiException(
                        HttpStatus.BAD_REQUEST,
                        "badRequest",
                        messages.getMessage("exchange.error.format", new Object[] {format}, DUTCH),
                        null));
        List<ModuleCatalog> modules = modules(year, module);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(bulkFormat.mediaType() + ";charset=UTF-8"))
                .body(exchange.export(year, modules, module, bulkFormat, user.getUsername()));
    }

    @PostMapping(produces = "application/json")
    @Operation(
            summary = "Een peiljaar importeren",
            description = "Alles of niets: elke rij wordt gecontroleerd (codes, getallen, deelname, stand van de "
                    + "aanlevering en de validatie van de vragenlijst). Alleen zonder fouten wordt alles opgeslagen "
                    + "als nieuwe goedgekeurde versie per organisatie en module. Content-Type application/json of "
                    + "text/csv.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = BulkFileDocument.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "200", description = "Geïmporteerd (of gecontroleerd bij dryRun); het verslag")
    @ApiResponse(responseCode = "403", description = "Geen beheerder")
    @ApiResponse(responseCode = "404", description = "Peiljaar onbekend")
    @ApiResponse(responseCode = "413", description = "Bestand te groot; niets geïmporteerd")
    @ApiResponse(
            responseCode = "422",
            description = "Niets geïmporteerd; het verslag met de meldingen per rij staat in report")
    BulkReportDocument importFile(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @Parameter(description = "Organisaties die nog niet deelnemen aan een module daarvoor aanmelden")
                    @RequestParam(defaultValue = "false")
                    boolean enrol,
            @Parameter(description = "Alleen controleren, niets opslaan") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            HttpServletRequest request)
            throws IOException {
        requireBeheerder(user);
        modules(year, null);
        byte[] content;
        try (InputStream in = request.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUpload.toBytes() + 1));
        }
        if (content.length > maxUpload.toBytes()) {
            throw new BulkApiException(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "tooLarge",
                    messages.getMessage("error.requestTooLarge", new Object[] {maxUpload.toMegabytes()}, DUTCH),
                    null);
        }
        BulkFile file = BulkExchange.read(content, formatOf(request.getContentType()));
        BulkReport report = exchange.importFile(year, file, enrol, dryRun, user.getUsername(), DUTCH);
        BulkReportDocument document = BulkReportDocument.of(report);
        if (!report.valid()) {
            throw new BulkApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "invalid",
                    messages.getMessage("exchange.api.invalid", new Object[] {report.errors()}, DUTCH),
                    document);
        }
        return document;
    }

    private List<ModuleCatalog> modules(int year, String module) {
        Optional<List<ModuleCatalog>> modules = exchange.modules(year, module);
        if (modules.isEmpty()) {
            boolean yearKnown = exchange.modules(year, null).isPresent();
            throw new BulkApiException(
                    HttpStatus.NOT_FOUND,
                    "notFound",
                    yearKnown
                            ? messages.getMessage("exchange.error.module", new Object[] {module}, DUTCH)
                            : messages.getMessage("exchange.api.notFound", new Object[] {year}, DUTCH),
                    null);
        }
        return modules.get();
    }

    private void requireBeheerder(MaatstafUser user) {
        if (user == null || !user.isBeheerder()) {
            throw new BulkApiException(HttpStatus.FORBIDDEN, "forbidden", text("exchange.api.forbidden"), null);
        }
    }

    private static BulkFormat formatOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return BulkFormat.JSON;
        }
        return type.startsWith("text/csv") ? BulkFormat.CSV : null;
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
