package nl.maatstaf.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.engine.TukeyFences;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beheerder's page of one edition: reference group policies, n and k, publication, named sets
 * and outliers. Every change goes through {@link EditionService}, which audits it.
 */
@Controller
@PreAuthorize("hasRole('BEHEERDER')")
class EditionAdminController {

    /** Quartiles of fewer values say little; fences are shown from this many participants. */
    static final int MINIMUM_FOR_FENCES = 4;

    private final CatalogService catalog;
    private final EditionService editions;
    private final ParticipantCosts costs;
    private final OrganisationService organisations;
    private final Enrolments enrolments;
    private final EditionPublisher publisher;
    private final SettingsChanges settingsChanges;
    private final AuditLog audit;
    private final MessageSource messages;

    EditionAdminController(
            CatalogService catalog,
            EditionService editions,
            ParticipantCosts costs,
            OrganisationService organisations,
            Enrolments enrolments,
            EditionPublisher publisher,
            SettingsChanges settingsChanges,
            AuditLog audit,
            MessageSource messages) {
        this.catalog = catalog;
        this.editions = editions;
        this.costs = costs;
        this.organisations = organisations;
        this.enrolments = enrolments;
        this.publisher = publisher;
        this.settingsChanges = settingsChanges;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/beheer/editie/{year}/{slug}")
    String view(
            @PathVariable String year,
            @PathVariable String slug,
            @AuthenticationPrincipal MaatstafUser user,
            Model model) {
        ModuleCatalog module = module(year, slug);
        // The page shows flagged organisations' own costs: every view is on record.
        audit.recordAccess(user.getUsername(), null, EditionService.AUDIT_ENTITY, module.year() + "/" + module.code());
        return page(year, slug, model);
    }

    private String page(String year, String slug, Model model) {
        ModuleCatalog module = module(year, slug);
        EditionSettings settings = editions.settings(module.year(), module.code());
        model.addAttribute("module", module);
        model.addAttribute("settings", settings);
        model.addAttribute("policies", ReferencePolicy.values());
        model.addAttribute("overview", overview(module, settings));
        model.addAttribute(
                "participants",
                organisations.findAll(enrolments.participants(module.year(), module.code())).stream()
                        .sorted(Comparator.comparing(Organisation::name))
                        .toList());
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute(
                    "settingsForm",
                    new EditionForms.SettingsForm(
                            settings.allowedInOrder().stream().map(Enum::name).toList(),
                            settings.defaultPolicy().name(),
                            String.valueOf(settings.neighbourCount()),
                            String.valueOf(settings.minimumReferenceSize()),
                            String.valueOf(editions.version(module.year(), module.code())),
                            DeadlineText.dutch(editions.deadline(module.year(), module.code())
                                    .orElse(null))));
        }
        return "edition/edition";
    }

    @PostMapping("/beheer/editie/{year}/{slug}/instellingen")
    String settings(
            @PathVariable String year,
            @PathVariable String slug,
            @ModelAttribute EditionForms.SettingsForm form,
            @AuthenticationPrincipal MaatstafUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ModuleCatalog module = module(year, slug);
        Set<ReferencePolicy> allowed = EnumSet.noneOf(ReferencePolicy.class);
        if (form.allowed() != null) {
            form.allowed().forEach(code -> ReferencePolicy.parse(code).ifPresent(allowed::add));
        }
        Map<String, String> errors = new TreeMap<>();
        int n = number(form.neighbourCount(), "neighbourCount", errors);
        int k = number(form.minimumReferenceSize(), "minimumReferenceSize", errors);
        int version = version(form.version(), errors);
        DeadlineText.Parsed deadline = DeadlineText.parse(form.deadline());
        if (!deadline.valid()) {
            errors.put("deadline", "edition.error.deadline");
        }
        if (errors.isEmpty()) {
            SettingsChanges.Result result = settingsChanges.change(
                    module.year(),
                    module.code(),
                    new EditionService.SettingsChange(
                            allowed,
                            ReferencePolicy.parse(form.defaultPolicy()).orElse(null),
                            n,
                            k,
                            version,
                            deadline.date()),
                    user.getUsername());
            errors.putAll(result.errors());
            if (!result.overlaps().isEmpty()) {
                errors.put("allowed", "edition.error.overlappingChoicesField");
                model.addAttribute("settingsProblems", texts(result.overlaps(), locale));
            }
        }
        if (!errors.isEmpty()) {
            // After a refused stale form the typed values stay, now based on the current version:
            // saving them again is a conscious choice over the other change.
            model.addAttribute(
                    "settingsForm",
                    new EditionForms.SettingsForm(
                            form.allowed(),
                            form.defaultPolicy(),
                            form.neighbourCount(),
                            form.minimumReferenceSize(),
                            String.valueOf(editions.version(module.year(), module.code())),
                            form.deadline()));
            model.addAttribute("settingsErrors", errors);
            return page(year, slug, model);
        }
        redirect.addFlashAttribute("saved", "edition.saved.settings");
        return redirectTo(module);
    }

    @PostMapping("/beheer/editie/{year}/{slug}/{action:publiceren|intrekken}")
    String publishOrWithdraw(
            @PathVariable String year,
            @PathVariable String slug,
            @PathVariable String action,
            @RequestParam(name = "reden", required = false) String overrideReason,
            @RequestParam(name = "bevestigen", required = false) String confirmed,
            @AuthenticationPrincipal MaatstafUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ModuleCatalog module = module(year, slug);
        if (action.equals("publiceren")) {
            EditionPublisher.Outcome outcome =
                    publisher.publish(module.year(), module.code(), user.getUsername(), overrideReason);
            if (outcome instanceof EditionPublisher.Outcome.Refused refused) {
                model.addAttribute("publicationProblems", texts(refused.problems(), locale));
                model.addAttribute("overrideReason", overrideReason == null ? "" : overrideReason);
                return page(year, slug, model);
            }
            redirect.addFlashAttribute(
                    "saved",
                    outcome instanceof EditionPublisher.Outcome.Unchanged
                            ? "edition.saved.unchanged"
                            : "edition.saved.published");
        } else if (!"ja".equals(confirmed)) {
            // Withdrawing takes the comparison away from every participant at once: it needs the
            // tick in the form, which works without JavaScript (the CSP allows no inline scripts).
            model.addAttribute("withdrawNotConfirmed", true);
            return page(year, slug, model);
        } else {
            editions.withdraw(module.year(), module.code(), user.getUsername());
            redirect.addFlashAttribute("saved", "edition.saved.withdrawn");
        }
        return redirectTo(module);
    }

    private List<String> texts(List<EditionPublisher.Problem> problems, Locale locale) {
        return problems.stream()
                .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), locale))
                .toList();
    }

    @PostMapping("/beheer/editie/{year}/{slug}/uitschieters")
    String decideOutlier(
            @PathVariable String year,
            @PathVariable String slug,
            @ModelAttribute EditionForms.OutlierForm form,
            @AuthenticationPrincipal MaatstafUser user,
            Model model,
            RedirectAttributes redirect) {
        ModuleCatalog module = module(year, slug);
        Long organisationId = participant(form.organisationId(), module);
        boolean exclude = "UITSLUITEN".equals(form.decision());
        Map<String, String> errors = new TreeMap<>();
        if (organisationId == null) {
            errors.put("organisation", "edition.error.organisation");
        } else if (!exclude && !"BEHOUDEN".equals(form.decision())) {
            errors.put("decision", "edition.error.decision");
        } else {
            errors.putAll(editions.decideOutlier(
                    module.year(), module.code(), organisationId, exclude, form.reason(), user.getUsername()));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("outlierErrors", errors);
            model.addAttribute("outlierForm", form);
            return page(year, slug, model);
        }
        redirect.addFlashAttribute("saved", exclude ? "edition.saved.excluded" : "edition.saved.kept");
        return redirectTo(module);
    }

    @PostMapping("/beheer/editie/{year}/{slug}/maatwerksets")
    String createNamedSet(
            @PathVariable String year,
            @PathVariable String slug,
            @ModelAttribute EditionForms.NamedSetForm form,
            @AuthenticationPrincipal MaatstafUser user,
            Model model,
            RedirectAttributes redirect) {
        ModuleCatalog module = module(year, slug);
        Set<Long> members = new TreeSet<>();
        boolean unknownMember = false;
        if (form.members() != null) {
            for (String member : form.members()) {
                Long id = participant(member, module);
                if (id == null) {
                    unknownMember = true;
                } else {
                    members.add(id);
                }
            }
        }
        Map<String, String> errors = new TreeMap<>();
        if (unknownMember) {
            errors.put("members", "edition.error.organisation");
        } else {
            errors.putAll(
                    editions.createNamedSet(module.year(), module.code(), form.name(), members, user.getUsername()));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("setErrors", errors);
            model.addAttribute("setForm", form);
            return page(year, slug, model);
        }
        redirect.addFlashAttribute("saved", "edition.saved.setCreated");
        return redirectTo(module);
    }

    @PostMapping("/beheer/editie/{year}/{slug}/maatwerksets/{id}/verwijderen")
    String deleteNamedSet(
            @PathVariable String year,
            @PathVariable String slug,
            @PathVariable String id,
            @AuthenticationPrincipal MaatstafUser user,
            RedirectAttributes redirect) {
        ModuleCatalog module = module(year, slug);
        boolean deleted = id.matches("\\d{1,18}")
                && editions.deleteNamedSet(module.year(), module.code(), Long.parseLong(id), user.getUsername());
        redirect.addFlashAttribute("saved", deleted ? "edition.saved.setDeleted" : "edition.saved.setNotFound");
        return redirectTo(module);
    }

    private EditionOverview overview(ModuleCatalog module, EditionSettings settings) {
        Map<Long, BigDecimal> costPerUnit = costs.totalCostPerUnit(module.year(), module.code());
        TukeyFences fences = costPerUnit.size() >= MINIMUM_FOR_FENCES ? TukeyFences.of(costPerUnit.values()) : null;
        Set<Long> shown = new TreeSet<>();
        if (fences != null) {
            costPerUnit.forEach((id, cost) -> {
                if (fences.isOutlier(cost)) {
                    shown.add(id);
                }
            });
        }
        settings.outlierDecisions().forEach(d -> shown.add(d.organisationId()));
        Set<Long> named = new TreeSet<>(shown);
        settings.namedSets().forEach(s -> named.addAll(s.members()));
        Map<Long, String> names =
                organisations.findAll(named).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        Function<Long, String> name = id -> names.getOrDefault(id, "#" + id);
        List<EditionOverview.OutlierLine> outliers = new ArrayList<>();
        for (long id : shown) {
            BigDecimal cost = costPerUnit.get(id);
            outliers.add(new EditionOverview.OutlierLine(
                    id,
                    name.apply(id),
                    cost,
                    fences != null && cost != null && fences.isOutlier(cost),
                    settings.outlierDecision(id).orElse(null)));
        }
        outliers.sort(Comparator.comparing(EditionOverview.OutlierLine::name));
        List<EditionOverview.SetLine> sets = settings.namedSets().stream()
                .map(set -> new EditionOverview.SetLine(
                        set.id(),
                        set.name(),
                        set.members().stream()
                                .map(id -> new EditionOverview.Member(id, name.apply(id), set.takesPart(id)))
                                .sorted(Comparator.comparing(EditionOverview.Member::name))
                                .toList()))
                .toList();
        return new EditionOverview(fences, outliers, sets);
    }

    private ModuleCatalog module(String year, String slug) {
        if (!year.matches("\\d{4}")) {
            throw new EditionNotFoundException("Not a year: " + year);
        }
        return catalog.findBySlug(Integer.parseInt(year), slug)
                .orElseThrow(() -> new EditionNotFoundException("Unknown module " + year + "/" + slug));
    }

    /** The id of an organisation enrolled in the module, or null. */
    private Long participant(String text, ModuleCatalog module) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(text.strip());
        return enrolments.isEnrolled(id, module.year(), module.code()) ? id : null;
    }

    private static int number(String text, String field, Map<String, String> errors) {
        if (text != null && text.strip().matches("\\d{1,4}")) {
            return Integer.parseInt(text.strip());
        }
        errors.put(field, "edition.error.wholeNumber");
        return 0;
    }

    private static int version(String text, Map<String, String> errors) {
        if (text != null && text.strip().matches("\\d{1,9}")) {
            return Integer.parseInt(text.strip());
        }
        errors.put("form", "edition.error.changedMeanwhile");
        return 0;
    }

    private static String redirectTo(ModuleCatalog module) {
        return "redirect:/beheer/editie/" + module.year() + "/" + module.slug();
    }
}
