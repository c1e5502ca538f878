package nl.maatstaf.catalog;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogForms.OpenYearForm;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The beheerder's peiljaren: every year with its modules, opening a new one, closing and reopening. */
@Controller
class YearsController {

    private final CatalogService catalog;
    private final CatalogUsage usage;
    private final MessageSource messages;

    YearsController(CatalogService catalog, CatalogUsage usage, MessageSource messages) {
        this.catalog = catalog;
        this.usage = usage;
        this.messages = messages;
    }

    /** A module of a peiljaar as the overview shows it. */
    record ModuleRow(ModuleCatalog module, int enrolments, long submissions, int version) {}

    record YearRow(BenchmarkYear year, List<ModuleRow> modules) {}

    @GetMapping("/beheer/peiljaren")
    String years(Model model) {
        return page(OpenYearForm.empty(), Map.of(), model);
    }

    @PostMapping("/beheer/peiljaren")
    String open(
            @AuthenticationPrincipal MaatstafUser user,
            @Valid @ModelAttribute OpenYearForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), text(error.getDefaultMessage(), locale));
        }
        Integer year = null;
        if (!errors.containsKey("year")) {
            year = Integer.parseInt(form.year().strip());
            if (year < YearRules.FIRST || year > YearRules.LAST) {
                errors.put("year", text("catalog.year.range", locale));
            }
        }
        Integer source = null;
        if (form.catalogFrom() != null && !form.catalogFrom().isBlank()) {
            if (!form.catalogFrom().strip().matches("\\d{4}")) {
                errors.put(
                        "catalogFrom",
                        text("catalog.year.unknownSource", locale, CatalogRules.shorten(form.catalogFrom())));
            } else {
                source = Integer.parseInt(form.catalogFrom().strip());
                if (year != null && source >= year) {
                    errors.put("catalogFrom", text("catalog.year.sourceNotEarlier", locale, String.valueOf(year)));
                }
            }
        }
        if (errors.isEmpty()) {
            CatalogService.OpenResult result = catalog.openYear(year, source, user.getUsername());
            if (result == CatalogService.OpenResult.ALREADY_EXISTS) {
                errors.put("year", text("catalog.year.exists", locale, String.valueOf(year)));
            } else if (result == CatalogService.OpenResult.UNKNOWN_SOURCE) {
                errors.put("catalogFrom", text("catalog.year.unknownSource", locale, String.valueOf(source)));
            } else {
                redirect.addFlashAttribute("notice", text("catalog.year.opened", locale, String.valueOf(year)));
                return "redirect:/beheer/peiljaren";
            }
        }
        return page(form, errors, model);
    }

    @PostMapping("/beheer/peiljaren/{year}/sluiten")
    String close(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            Locale locale,
            RedirectAttributes redirect) {
        return change(
                user, year, YearStatus.GESLOTEN, "catalog.year.closed", "catalog.year.alreadyClosed", locale, redirect);
    }

    @PostMapping("/beheer/peiljaren/{year}/heropenen")
    String reopen(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            Locale locale,
            RedirectAttributes redirect) {
        return change(
                user, year, YearStatus.OPEN, "catalog.year.reopened", "catalog.year.alreadyOpen", locale, redirect);
    }

    private String change(
            MaatstafUser user,
            int year,
            YearStatus to,
            String doneKey,
            String refusedKey,
            Locale locale,
            RedirectAttributes redirect) {
        if (catalog.changeStatus(year, to, user.getUsername())) {
            redirect.addFlashAttribute("notice", text(doneKey, locale, String.valueOf(year)));
        } else {
            redirect.addFlashAttribute("refusal", text(refusedKey, locale, String.valueOf(year)));
        }
        return "redirect:/beheer/peiljaren";
    }

    private String page(OpenYearForm form, Map<String, String> errors, Model model) {
        List<YearRow> rows = new ArrayList<>();
        for (BenchmarkYear year : catalog.yearsWithStatus()) {
            List<ModuleRow> modules = new ArrayList<>();
            for (ModuleCatalog module : catalog.forYear(year.year())) {
                modules.add(new ModuleRow(
                        module,
                        catalog.enrolmentCount(year.year(), module.code()),
                        usage.submissionCount(year.year(), module.code()),
                        catalog.version(year.year(), module.code()).orElse(0)));
            }
            rows.add(new YearRow(year, modules));
        }
        model.addAttribute("years", rows);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "catalog/years";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
