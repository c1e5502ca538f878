package nl.maatstaf.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogForms.CatalogEditForm;
import nl.maatstaf.catalog.CatalogForms.EditAction;
import nl.maatstaf.common.DutchNumbers;
import nl.maatstaf.common.NumberKind;
import nl.maatstaf.common.ParsedNumber;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beheerder edits a module's catalogue of an open peiljaar before its first submission: add,
 * rename or retire a task, rename or retire an indicator, definitions in Dutch and English,
 * plausibility bounds, and which earlier task codes a task continues. Every form carries the
 * version it was shown with, so a stale form is refused instead of overwriting a newer change.
 */
@Controller
class CatalogEditController {

    private final CatalogService catalog;
    private final CatalogEditor editor;
    private final MessageSource messages;

    CatalogEditController(CatalogService catalog, CatalogEditor editor, MessageSource messages) {
        this.catalog = catalog;
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping("/beheer/peiljaren/{year}/{slug}/catalogus")
    String page(@PathVariable int year, @PathVariable String slug, Locale locale, Model model) {
        return page(module(year, slug), null, Map.of(), locale, model);
    }

    @PostMapping("/beheer/peiljaren/{year}/{slug}/catalogus")
    String edit(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @ModelAttribute CatalogEditForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ModuleCatalog current = module(year, slug);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<EditAction> action = Arrays.stream(EditAction.values())
                .filter(a -> a.name().equals(form.action()))
                .findFirst();
        Integer version =
                form.version() != null && form.version().matches("\\d{1,9}") ? Integer.valueOf(form.version()) : null;
        if (action.isEmpty() || version == null) {
            errors.put("form", text("catalog.edit.unknownAction", locale));
            return page(current, form, errors, locale, model);
        }
        Optional<ModuleCatalog> proposed = proposal(current, action.get(), form, errors, locale);
        if (!errors.isEmpty()) {
            return page(current, form, errors, locale, model);
        }
        if (proposed.isEmpty()) {
            errors.put(
                    "form",
                    text("catalog.edit.unknownItem", locale, CatalogRules.shorten(String.valueOf(form.item()))));
            return page(current, form, errors, locale, model);
        }
        String summary = summary(action.get(), form);
        CatalogEdit outcome =
                editor.replace(current.year(), current.code(), proposed.get(), version, user.getUsername(), summary);
        if (outcome instanceof CatalogEdit.Saved saved) {
            redirect.addFlashAttribute(
                    "notice", text("catalog.edit.saved", locale, summary, String.valueOf(saved.version())));
            return "redirect:/beheer/peiljaren/" + year + "/" + slug + "/catalogus";
        }
        if (outcome instanceof CatalogEdit.Unchanged) {
            redirect.addFlashAttribute("notice", text("catalog.edit.unchanged", locale));
            return "redirect:/beheer/peiljaren/" + year + "/" + slug + "/catalogus";
        }
        if (outcome instanceof CatalogEdit.Invalid invalid) {
            invalid.errors().forEach((field, message) -> errors.putIfAbsent(formField(field), text(message, locale)));
        } else if (outcome instanceof CatalogEdit.Stale stale) {
            errors.put("form", text("catalog.edit.stale", locale, String.valueOf(stale.currentVersion())));
        } else {
            errors.put("form", refusalText(outcome, current, locale));
        }
        return page(current, form, errors, locale, model);
    }

    private Optional<ModuleCatalog> proposal(
            ModuleCatalog current, EditAction action, CatalogEditForm form, Map<String, String> errors, Locale locale) {
        switch (action) {
            case ADD_TASK:
                requireName(form, errors, locale);
                if (form.code() == null || form.code().isBlank()) {
                    errors.put("code", text("catalog.edit.codeRequired", locale));
                }
                if (!errors.isEmpty()) {
                    return Optional.empty();
                }
                return CatalogEdits.addTask(
                        current,
                        form.group(),
                        new Task(form.code().strip(), name(form), definition(form), previousCodes(form)));
            case EDIT_TASK:
                requireName(form, errors, locale);
                return errors.isEmpty()
                        ? CatalogEdits.editTask(current, form.item(), name(form), definition(form), previousCodes(form))
                        : Optional.empty();
            case RETIRE_TASK:
                return CatalogEdits.retireTask(current, form.item());
            case EDIT_INDICATOR:
                requireName(form, errors, locale);
                BigDecimal minimum = bound("minimum", form.minimum(), errors, locale);
                BigDecimal maximum = bound("maximum", form.maximum(), errors, locale);
                return errors.isEmpty()
                        ? CatalogEdits.editIndicator(
                                current, form.item(), name(form), definition(form), minimum, maximum)
                        : Optional.empty();
            case RETIRE_INDICATOR:
                return CatalogEdits.retireIndicator(current, form.item());
            default:
                throw new IllegalStateException("Unknown action " + action);
        }
    }

    /** What changed in words, for the version list (always in Dutch, like the audit trail). */
    private String summary(EditAction action, CatalogEditForm form) {
        String item =
                action == EditAction.ADD_TASK ? String.valueOf(form.code()).strip() : form.item();
        return messages.getMessage(
                "catalog.edit.summary." + action.name(),
                new Object[] {item, String.valueOf(form.group())},
                Locale.forLanguageTag("nl-NL"));
    }

    /** A rule's field (a path in the document) as the field of the form that shows it. */
    private static String formField(String path) {
        if (path.endsWith(".code")) {
            return "code";
        }
        if (path.endsWith(".name.nl")) {
            return "nameNl";
        }
        if (path.endsWith(".minimum")) {
            return "minimum";
        }
        if (path.endsWith(".previousCodes")) {
            return "previousCodes";
        }
        return "form";
    }

    private String page(
            ModuleCatalog module, CatalogEditForm failed, Map<String, String> errors, Locale locale, Model model) {
        int version = catalog.version(module.year(), module.code()).orElseThrow();
        model.addAttribute("module", module);
        model.addAttribute("version", version);
        model.addAttribute("versions", catalog.versions(module.year(), module.code()));
        model.addAttribute(
                "refusal",
                editor.refusal(module.year(), module.code())
                        .map(r -> refusalText(r, module, locale))
                        .orElse(null));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "previousYear",
                editor.previousYear(module.year(), module.code())
                        .map(ModuleCatalog::year)
                        .orElse(null));
        return "catalog/edit";
    }

    private String refusalText(CatalogEdit refusal, ModuleCatalog module, Locale locale) {
        if (refusal instanceof CatalogEdit.InUse inUse) {
            return text(
                    "catalog.edit.inUse",
                    locale,
                    module.name().in(locale),
                    String.valueOf(module.year()),
                    String.valueOf(inUse.submissions()));
        }
        return text("catalog.edit.yearClosed", locale, String.valueOf(module.year()));
    }

    private ModuleCatalog module(int year, String slug) {
        return catalog.findBySlug(year, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void requireName(CatalogEditForm form, Map<String, String> errors, Locale locale) {
        if (form.nameNl() == null || form.nameNl().isBlank()) {
            errors.put("nameNl", text("catalog.rule.nameMissing", locale));
        }
    }

    private BigDecimal bound(String field, String typed, Map<String, String> errors, Locale locale) {
        ParsedNumber parsed = DutchNumbers.parse(typed, NumberKind.DECIMAL);
        if (parsed.isError()) {
            errors.put(field, text(parsed.errorKey(), locale));
            return null;
        }
        return parsed.isEmpty() ? null : parsed.value();
    }

    private static LocalizedText name(CatalogEditForm form) {
        return new LocalizedText(form.nameNl().strip(), blankToNull(form.nameEn()));
    }

    private static LocalizedText definition(CatalogEditForm form) {
        String nl = blankToNull(form.definitionNl());
        String en = blankToNull(form.definitionEn());
        return nl == null && en == null ? null : new LocalizedText(nl, en);
    }

    /** Codes separated by commas or spaces, as typed. */
    private static List<String> previousCodes(CatalogEditForm form) {
        if (form.previousCodes() == null || form.previousCodes().isBlank()) {
            return List.of();
        }
        return Arrays.stream(form.previousCodes().split("[,\\s]+"))
                .filter(code -> !code.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String text(CatalogMessage message, Locale locale) {
        return messages.getMessage(message.key(), message.argumentArray(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
