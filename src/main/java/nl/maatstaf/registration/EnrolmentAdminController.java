package nl.maatstaf.registration;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.EnrolmentApplication;
import nl.maatstaf.catalog.EnrolmentApplications;
import nl.maatstaf.catalog.EnrolmentResult;
import nl.maatstaf.catalog.EnrolmentSubmissions;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beheerder's enrolment page of a peiljaar: who is enrolled in which module, enrolling one
 * organisation or a list, withdrawing, and the organisations' pending applications.
 */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class EnrolmentAdminController {

    private final CatalogService catalog;
    private final Enrolments enrolments;
    private final EnrolmentApplications applications;
    private final Optional<EnrolmentSubmissions> submissions;
    private final OrganisationService organisations;
    private final RegistrationTargets targets;
    private final MessageSource messages;

    EnrolmentAdminController(
            CatalogService catalog,
            Enrolments enrolments,
            EnrolmentApplications applications,
            Optional<EnrolmentSubmissions> submissions,
            OrganisationService organisations,
            RegistrationTargets targets,
            MessageSource messages) {
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.applications = applications;
        this.submissions = submissions;
        this.organisations = organisations;
        this.targets = targets;
        this.messages = messages;
    }

    /** One enrolled organisation in the list of a module. */
    record EnrolledLine(Organisation organisation, boolean started) {}

    record ModuleLine(ModuleCatalog module, List<EnrolledLine> enrolled) {}

    record ApplicationLine(EnrolmentApplication application, String organisationName, String moduleName) {}

    @GetMapping("/beheer/inschrijvingen")
    String newest(Model model) {
        List<Integer> open = enrolments.openYears();
        List<Integer> years = catalog.years();
        if (!open.isEmpty()) {
            return "redirect:/beheer/inschrijvingen/" + open.get(0);
        }
        if (!years.isEmpty()) {
            return "redirect:/beheer/inschrijvingen/" + years.get(0);
        }
        model.addAttribute("years", years);
        return "registration/enrolments";
    }

    @GetMapping("/beheer/inschrijvingen/{jaar}")
    String page(@PathVariable String jaar, Model model, Locale locale) {
        int year = year(jaar);
        model.addAttribute("years", catalog.years());
        model.addAttribute("year", year);
        model.addAttribute("open", enrolments.isOpen(year));
        List<ModuleCatalog> modules = catalog.forYear(year);
        model.addAttribute("modules", modules);
        List<ModuleLine> lines = new ArrayList<>();
        for (ModuleCatalog module : modules) {
            // One query per module rather than one per organisation: a peiljaar has hundreds.
            Set<Long> started = submissions
                    .map(s -> s.organisationsWithSubmission(year, module.code()))
                    .orElse(Set.of());
            List<EnrolledLine> enrolled = organisations.findAll(enrolments.participants(year, module.code())).stream()
                    .sorted(Comparator.comparing(Organisation::name))
                    .map(o -> new EnrolledLine(o, started.contains(o.id())))
                    .toList();
            lines.add(new ModuleLine(module, enrolled));
        }
        model.addAttribute("moduleLines", lines);
        model.addAttribute(
                "organisations",
                organisations.all().stream()
                        .sorted(Comparator.comparing(Organisation::name))
                        .toList());
        model.addAttribute("applications", applicationLines(year, modules, locale));
        if (!model.containsAttribute("enrolForm")) {
            model.addAttribute("enrolForm", new RegistrationForms.EnrolForm("", List.of()));
        }
        if (!model.containsAttribute("listForm")) {
            model.addAttribute("listForm", new RegistrationForms.EnrolListForm("", List.of()));
        }
        return "registration/enrolments";
    }

    private List<ApplicationLine> applicationLines(int year, List<ModuleCatalog> modules, Locale locale) {
        List<EnrolmentApplication> pending = applications.pending(year);
        Map<Long, String> names = new LinkedHashMap<>();
        organisations
                .findAll(pending.stream()
                        .map(EnrolmentApplication::organisationId)
                        .toList())
                .forEach(o -> names.put(o.id(), o.name()));
        Map<String, String> moduleNames = new LinkedHashMap<>();
        modules.forEach(m -> moduleNames.put(m.code(), m.name().in(locale)));
        return pending.stream()
                .map(a -> new ApplicationLine(
                        a,
                        names.getOrDefault(a.organisationId(), "#" + a.organisationId()),
                        moduleNames.getOrDefault(a.moduleCode(), a.moduleCode())))
                .toList();
    }

    @PostMapping("/beheer/inschrijvingen/{jaar}/inschrijven")
    String enrolOne(
            @PathVariable String jaar,
            @Valid @ModelAttribute RegistrationForms.EnrolForm form,
            BindingResult binding,
            @AuthenticationPrincipal MaatstafUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        int year = year(jaar);
        Map<String, String> errors = fieldErrors(binding);
        Optional<Organisation> organisation = targets.organisation(form.organisationId());
        if (organisation.isEmpty()) {
            errors.putIfAbsent("organisationId", text("registration.error.organisation", locale));
        } else if (!organisation.get().active()) {
            errors.putIfAbsent(
                    "organisationId",
                    text(
                            "registration.error.inactive",
                            locale,
                            organisation.get().name()));
        }
        List<ModuleCatalog> modules = modules(year, form.modules());
        if (modules.isEmpty()) {
            errors.putIfAbsent("modules", text("registration.error.modules", locale));
        }
        if (!enrolments.isOpen(year)) {
            errors.put("form", text("registration.yearNotOpen", locale, year));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("enrolErrors", errors);
            model.addAttribute("enrolForm", form);
            return page(jaar, model, locale);
        }
        List<String> added = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<EnrolmentResult> results = enrolments.enrolAll(
                List.of(organisation.get().id()),
                year,
                modules.stream().map(ModuleCatalog::code).toList(),
                user.getUsername());
        for (int i = 0; i < modules.size(); i++) {
            String name = modules.get(i).name().in(locale);
            (results.get(i) == EnrolmentResult.ENROLLED ? added : already).add(name);
        }
        List<String> notices = new ArrayList<>();
        if (!added.isEmpty()) {
            notices.add(organisation.get().name() + " – "
                    + text("registration.result.enrolled", locale, String.join(", ", added)));
        }
        if (!already.isEmpty()) {
            notices.add(organisation.get().name() + " – "
                    + text("registration.result.alreadyEnrolled", locale, String.join(", ", already)));
        }
        redirect.addFlashAttribute("notices", notices);
        return "redirect:/beheer/inschrijvingen/" + year;
    }

    @PostMapping("/beheer/inschrijvingen/{jaar}/lijst")
    String enrolList(
            @PathVariable String jaar,
            @Valid @ModelAttribute RegistrationForms.EnrolListForm form,
            BindingResult binding,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal MaatstafUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        int year = year(jaar);
        Map<String, String> errors = fieldErrors(binding);
        List<String> lineErrors = new ArrayList<>();
        // The pasted codes and the file are read apart, so each line number is that of its own source.
        List<EnrolmentList.Line> lines = new ArrayList<>(EnrolmentList.parse(form.codes()));
        List<EnrolmentList.Line> fileLines = List.of();
        if (file != null && !file.isEmpty()) {
            Optional<String> content = utf8(file);
            if (content.isEmpty()) {
                errors.put("file", text("registration.error.file", locale));
            } else {
                fileLines = EnrolmentList.parse(content.get());
            }
        }
        if (lines.isEmpty() && fileLines.isEmpty() && !errors.containsKey("file")) {
            errors.put("codes", text("registration.error.noCodes", locale));
        }
        List<ModuleCatalog> modules = modules(year, form.modules());
        if (modules.isEmpty()) {
            errors.putIfAbsent("modules", text("registration.error.modules", locale));
        }
        if (!enrolments.isOpen(year)) {
            errors.put("form", text("registration.yearNotOpen", locale, year));
        }
        Map<String, Long> ids = organisations.idsByCode();
        Set<Long> inactive = inactiveIds();
        Set<Long> chosen = new LinkedHashSet<>();
        collect(lines, "registration.error.unknownCode", ids, inactive, chosen, lineErrors, locale);
        collect(fileLines, "registration.error.unknownCodeInFile", ids, inactive, chosen, lineErrors, locale);
        if (!errors.isEmpty() || !lineErrors.isEmpty()) {
            model.addAttribute("listErrors", errors);
            model.addAttribute("listLineErrors", lineErrors);
            model.addAttribute("listForm", form);
            return page(jaar, model, locale);
        }
        List<Long> organisationIds = List.copyOf(chosen);
        List<String> moduleCodes = modules.stream().map(ModuleCatalog::code).toList();
        List<EnrolmentResult> results = enrolments.enrolAll(organisationIds, year, moduleCodes, user.getUsername());
        Map<Long, String> names = new LinkedHashMap<>();
        organisations.findAll(organisationIds).forEach(o -> names.put(o.id(), o.name()));
        List<String> already = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == EnrolmentResult.ENROLLED) {
                added++;
            } else {
                long id = organisationIds.get(i / moduleCodes.size());
                already.add(names.get(id) + " ("
                        + modules.get(i % moduleCodes.size()).name().in(locale) + ")");
            }
        }
        List<String> notices = new ArrayList<>();
        notices.add(text("registration.result.list", locale, added));
        if (!already.isEmpty()) {
            notices.add(text("registration.result.alreadyEnrolled", locale, String.join(", ", already)));
        }
        redirect.addFlashAttribute("notices", notices);
        return "redirect:/beheer/inschrijvingen/" + year;
    }

    /** Adds the ids of the lines' codes to {@code chosen}; an unknown code is named with its line. */
    /** Deactivated organisations keep their code but cannot be enrolled, so a list naming one is refused. */
    private Set<Long> inactiveIds() {
        Set<Long> ids = new java.util.HashSet<>();
        organisations.all().stream().filter(o -> !o.active()).forEach(o -> ids.add(o.id()));
        return ids;
    }

    private void collect(
            List<EnrolmentList.Line> lines,
            String unknownKey,
            Map<String, Long> ids,
            Set<Long> inactive,
            Set<Long> chosen,
            List<String> lineErrors,
            Locale locale) {
        for (EnrolmentList.Line line : lines) {
            Long id = ids.get(line.code());
            if (id == null) {
                lineErrors.add(text(unknownKey, locale, line.number(), RegistrationTargets.abbreviate(line.code())));
            } else if (inactive.contains(id)) {
                lineErrors.add(text("registration.error.inactiveLine", locale, line.number(), line.code()));
            } else {
                chosen.add(id);
            }
        }
    }

    @PostMapping("/beheer/inschrijvingen/{jaar}/{module}/{organisationId}/intrekken")
    String withdraw(
            @PathVariable String jaar,
            @PathVariable String module,
            @PathVariable String organisationId,
            @AuthenticationPrincipal MaatstafUser user,
            Locale locale,
            RedirectAttributes redirect) {
        int year = year(jaar);
        ModuleCatalog edition = targets.module(jaar, module).orElseThrow(RegistrationNotFoundException::new);
        Organisation organisation =
                targets.organisation(organisationId).orElseThrow(RegistrationNotFoundException::new);
        EnrolmentResult result = enrolments.withdraw(organisation.id(), year, edition.code(), user.getUsername());
        String key = switch (result) {
            case WITHDRAWN -> "registration.withdrawn";
            case HAS_SUBMISSION -> "registration.hasSubmission";
            case YEAR_NOT_OPEN -> "registration.yearNotOpen";
            default -> "registration.notEnrolled";
        };
        String notice = result == EnrolmentResult.YEAR_NOT_OPEN
                ? text(key, locale, year)
                : text(key, locale, organisation.name(), edition.name().in(locale), year);
        redirect.addFlashAttribute(result == EnrolmentResult.WITHDRAWN ? "notices" : "problems", List.of(notice));
        return "redirect:/beheer/inschrijvingen/" + year;
    }

    @PostMapping("/beheer/inschrijvingen/aanvragen/{id}/bevestigen")
    String confirm(
            @PathVariable String id,
            @AuthenticationPrincipal MaatstafUser user,
            Locale locale,
            RedirectAttributes redirect) {
        EnrolmentApplication application = application(id);
        EnrolmentApplications.Decision decision = applications.confirm(application.id(), user.getUsername());
        return decided(application, decision, "registration.result.confirmed", locale, redirect);
    }

    @PostMapping("/beheer/inschrijvingen/aanvragen/{id}/afwijzen")
    String decline(
            @PathVariable String id,
            @Valid @ModelAttribute RegistrationForms.DeclineForm form,
            BindingResult binding,
            @AuthenticationPrincipal MaatstafUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        EnrolmentApplication application = application(id);
        if (binding.hasErrors()) {
            model.addAttribute("declineErrorFor", application.id());
            model.addAttribute("declineError", fieldErrors(binding).get("reason"));
            model.addAttribute("declineReason", form.reason());
            return page(String.valueOf(application.year()), model, locale);
        }
        EnrolmentApplications.Decision decision =
                applications.decline(application.id(), form.reason(), user.getUsername());
        return decided(application, decision, "registration.result.declined", locale, redirect);
    }

    private String decided(
            EnrolmentApplication application,
            EnrolmentApplications.Decision decision,
            String doneKey,
            Locale locale,
            RedirectAttributes redirect) {
        if (decision == EnrolmentApplications.Decision.CONFIRMED
                || decision == EnrolmentApplications.Decision.DECLINED) {
            String organisation = organisations
                    .find(application.organisationId())
                    .map(Organisation::name)
                    .orElse("#" + application.organisationId());
            String module = catalog.find(application.year(), application.moduleCode())
                    .map(m -> m.name().in(locale))
                    .orElse(application.moduleCode());
            redirect.addFlashAttribute(
                    "notices", List.of(text(doneKey, locale, organisation, module, application.year())));
        } else if (decision == EnrolmentApplications.Decision.YEAR_NOT_OPEN) {
            redirect.addFlashAttribute(
                    "problems", List.of(text("registration.yearNotOpen", locale, application.year())));
        } else {
            redirect.addFlashAttribute("problems", List.of(text("registration.result.notPending", locale)));
        }
        return "redirect:/beheer/inschrijvingen/" + application.year();
    }

    /** The first message per field of the declared checks, already in the user's language. */
    static Map<String, String> fieldErrors(BindingResult binding) {
        Map<String, String> errors = new TreeMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        return errors;
    }

    private EnrolmentApplication application(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new RegistrationNotFoundException();
        }
        return applications.find(Long.parseLong(id)).orElseThrow(RegistrationNotFoundException::new);
    }

    /** The chosen modules of the peiljaar, in catalogue order; unknown codes are left out. */
    private List<ModuleCatalog> modules(int year, List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return catalog.forYear(year).stream()
                .filter(m -> codes.contains(m.code()))
                .toList();
    }

    private int year(String jaar) {
        return targets.year(jaar).orElseThrow(RegistrationNotFoundException::new);
    }

    /** The file's text, or empty when it is not UTF-8 (a spreadsheet's export in another encoding). */
    private static Optional<String> utf8(MultipartFile file) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST, "Unreadable upload", e);
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
