package nl.maatstaf.exchange;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The beheerder's exchange page: export a peiljaar, check and import a bulk file, organisation codes. */
@Controller
class ExchangeController {

    static final String PATH = "/beheer/uitwisseling";

    private final BulkExchange exchange;
    private final CatalogService catalogs;
    private final OrganisationService organisations;
    private final DataSize maxUpload;

    ExchangeController(
            BulkExchange exchange,
            CatalogService catalogs,
            OrganisationService organisations,
            @Value("${maatstaf.exchange.max-upload-size}") DataSize maxUpload) {
        this.exchange = exchange;
        this.catalogs = catalogs;
        this.organisations = organisations;
        this.maxUpload = maxUpload;
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "jaar", required = false) String year, Model model) {
        return show(parseYear(year), model);
    }

    @GetMapping(PATH + "/export")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal MaatstafUser user,
            @RequestParam(name = "jaar", required = false) String year,
            @RequestParam(name = "module", required = false) String module,
            @RequestParam(name = "formaat", required = false) String format) {
        Integer peiljaar = parseYear(year);
        Optional<BulkFormat> bulkFormat = BulkFormat.named(format);
        Optional<List<ModuleCatalog>> modules =
                peiljaar == null ? Optional.empty() : exchange.modules(peiljaar, module);
        if (modules.isEmpty() || bulkFormat.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String scope = module == null || module.isBlank()
                ? ""
                : "-" + modules.get().get(0).slug();
        byte[] content = exchange.export(peiljaar, modules.get(), module, bulkFormat.get(), user.getUsername());
        String filename =
                "maatstaf-" + peiljaar + scope + "." + bulkFormat.get().extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(bulkFormat.get().mediaType() + ";charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(content);
    }

    @PostMapping(PATH)
    String importFile(
            @AuthenticationPrincipal MaatstafUser user,
            @RequestParam(name = "jaar", required = false) String year,
            @RequestParam(name = "bestand", required = false) MultipartFile file,
            @RequestParam(name = "aanmelden", defaultValue = "false") boolean enrol,
            @RequestParam(name = "actie", defaultValue = "controleren") String action,
            Locale locale,
            Model model)
            throws IOException {
        Integer peiljaar = parseYear(year);
        if (peiljaar == null || !catalogs.years().contains(peiljaar)) {
            model.addAttribute("errorKey", "exchange.error.year");
            return show(peiljaar, model);
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("errorKey", "exchange.error.file");
            return show(peiljaar, model);
        }
        boolean dryRun = !"importeren".equals(action);
        BulkFile bulkFile = BulkExchange.read(file.getBytes(), null);
        BulkReport report = exchange.importFile(peiljaar, bulkFile, enrol, dryRun, user.getUsername(), locale);
        model.addAttribute("report", report);
        return show(peiljaar, model);
    }

    private String show(Integer requestedYear, Model model) {
        List<Integer> years = catalogs.years();
        Integer year = requestedYear != null && years.contains(requestedYear)
                ? requestedYear
                : years.isEmpty() ? null : years.get(0);
        model.addAttribute("years", years);
        model.addAttribute("year", year);
        model.addAttribute("modules", year == null ? List.of() : catalogs.forYear(year));
        model.addAttribute("maxMegabytes", maxUpload.toMegabytes());
        model.addAttribute(
                "organisations",
                organisations.all().stream()
                        .sorted(Comparator.comparing(Organisation::code, Comparator.nullsLast(String::compareTo)))
                        .toList());
        return "exchange/exchange";
    }

    static Integer parseYear(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }
}
