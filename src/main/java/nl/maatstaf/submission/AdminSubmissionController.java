package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The beheerder's review of one submission: the submitted values, warnings, history and verdict. */
@Controller
@RequestMapping("/beheer/inzendingen/{submissionId}")
@PreAuthorize("hasRole('BEHEERDER')")
class AdminSubmissionController {

    private static final Map<String, String> NOTICES = Map.of(
            "goedgekeurd", "admin.review.approved",
            "teruggestuurd", "admin.review.returned",
            "niet", "admin.review.notPossible");

    private final SubmissionService submissions;
    private final ValidationContexts contexts;
    private final FindingMessages findingMessages;
    private final CatalogService catalog;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final AuditSentences auditSentences;

    AdminSubmissionController(
            SubmissionService submissions,
            ValidationContexts contexts,
            FindingMessages findingMessages,
            CatalogService catalog,
            OrganisationService organisations,
            AuditLog audit,
            AuditSentences auditSentences) {
        this.auditSentences = auditSentences;
        this.submissions = submissions;
        this.contexts = contexts;
        this.findingMessages = findingMessages;
        this.catalog = catalog;
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long submissionId,
            @RequestParam(name = "melding", required = false) String melding,
            Locale locale,
            Model model) {
        Draft draft = submissions.load(submissionId).orElseThrow(() -> notFound(submissionId));
        audit.recordAccess(
                user.getUsername(),
                draft.row().orElseThrow().organisationId(),
                SubmissionService.AUDIT_ENTITY,
                String.valueOf(submissionId));
        return render(draft, melding == null ? null : NOTICES.get(melding), null, null, locale, model);
    }

    @PostMapping("/goedkeuren")
    String approve(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long submissionId,
            @RequestParam(name = "opmerking", required = false) String remark,
            Locale locale,
            Model model) {
        return review(user, submissionId, SubmissionStatus.GOEDGEKEURD, remark, locale, model);
    }

    @PostMapping("/terugsturen")
    String sendBack(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long submissionId,
            @RequestParam(name = "opmerking", required = false) String remark,
            Locale locale,
            Model model) {
        return review(user, submissionId, SubmissionStatus.TERUGGESTUURD, remark, locale, model);
    }

    private String review(
            MaatstafUser user, long submissionId, SubmissionStatus outcome, String remark, Locale locale, Model model) {
        Draft draft = submissions.load(submissionId).orElseThrow(() -> notFound(submissionId));
        String problem = null;
        if (outcome == SubmissionStatus.TERUGGESTUURD && (remark == null || remark.isBlank())) {
            problem = "admin.review.remarkRequired";
        } else if (remark != null && remark.length() > InputLimits.LONG_TEXT) {
            problem = "admin.review.remarkTooLong";
        }
        if (problem != null) {
            return render(draft, null, problem, remark, locale, model);
        }
        boolean done = submissions.review(user, submissionId, outcome, remark);
        String melding = !done ? "niet" : outcome == SubmissionStatus.GOEDGEKEURD ? "goedgekeurd" : "teruggestuurd";
        return "redirect:/beheer/inzendingen/" + submissionId + "?melding=" + melding;
    }

    private String render(Draft draft, String notice, String problem, String typedRemark, Locale locale, Model model) {
        SubmissionRow row = draft.row().orElseThrow();
        ModuleCatalog module = catalog.find(row.year(), row.moduleCode()).orElseThrow(() -> notFound(row.id()));
        Optional<Organisation> organisation = organisations.find(row.organisationId());
        Questionnaire questionnaire =
                organisation.map(o -> Questionnaire.of(module, o)).orElseGet(() -> Questionnaire.of(module));
        Optional<VersionRow> version = draft.latestVersion();
        Map<String, BigDecimal> numbers =
                version.map(v -> submissions.versionValues(v.id())).orElse(Map.of());
        // versions() is newest first: the one after the latest is the version before it.
        Optional<Map<String, BigDecimal>> previousVersion = draft.versions().size() < 2
                ? Optional.empty()
                : Optional.of(submissions.versionValues(draft.versions().get(1).id()));
        Map<String, ValueMarker> markers =
                version.map(v -> submissions.versionMarkers(v.id())).orElse(Map.of());
        Map<String, ValueMarker> previousMarkers = draft.versions().size() < 2
                ? Map.of()
                : submissions.versionMarkers(draft.versions().get(1).id());
        ValidationContext context = contexts.forOrganisation(row.organisationId(), module);
        Map<String, String> explanations =
                version.map(v -> submissions.versionExplanations(v.id())).orElse(Map.of());

        model.addAttribute("submission", row);
        model.addAttribute("catalog", module);
        model.addAttribute(
                "organisationName", organisation.map(Organisation::name).orElse("?"));
        model.addAttribute("version", version.orElse(null));
        model.addAttribute("versions", draft.versions());
        model.addAttribute(
                "lines",
                lines(
                        questionnaire,
                        numbers,
                        markers,
                        previousVersion,
                        previousMarkers,
                        context.previousYear(),
                        locale));
        model.addAttribute(
                "previousVersionNo",
                previousVersion.isPresent() ? draft.versions().get(1).versionNo() : null);
        model.addAttribute("lastYear", context.previousYear().isPresent() ? module.year() - 1 : null);
        model.addAttribute("warnings", warnings(questionnaire, context, numbers, markers, explanations, locale));
        model.addAttribute(
                "audit",
                audit.forEntity(SubmissionService.AUDIT_ENTITY, String.valueOf(row.id())).stream()
                        .map(a -> new AuditLine(a.occurredAt(), auditSentences.sentence(questionnaire, a, locale)))
                        .toList());
        model.addAttribute("reviewable", row.status() == SubmissionStatus.INGEDIEND);
        SubmissionBasis basis =
                version.map(v -> submissions.versionBasis(v.id())).orElse(SubmissionBasis.BUDGET);
        model.addAttribute("versionBasis", basis.basis().name());
        model.addAttribute(
                "versionPeildatum", basis.peildatum() == null ? null : DetailsValidator.shown(basis.peildatum()));
        model.addAttribute(
                "versionCorrections",
                version.map(v -> submissions.versionCorrections(v.id())).orElse(List.of()).stream()
                        .map(c -> new ReviewedCorrection(
                                module.task(c.taskCode())
                                        .map(t -> t.name().in(locale))
                                        .orElse(c.taskCode()),
                                c.kind().name(),
                                DutchFormat.euro(c.amount()),
                                c.reason()))
                        .toList());
        model.addAttribute("notice", notice);
        model.addAttribute("problem", problem);
        model.addAttribute("typedRemark", typedRemark);
        model.addAttribute(
                "questionnaireUrl",
                "/aanleveren/" + module.year() + "/" + module.slug() + "?organisatie=" + row.organisationId());
        return "admin/submission";
    }

    /** A correction line on hired staff of the version under review. */
    record ReviewedCorrection(String task, String kind, String amount, String reason) {}

    /** One line of the audit trail: when, and what happened in a sentence. */
    record AuditLine(OffsetDateTime occurredAt, String sentence) {}

    // A field shows when it has a value in this version, the one before or last year: a value
    // that was removed is a difference too.
    private List<ReviewLine> lines(
            Questionnaire questionnaire,
            Map<String, BigDecimal> numbers,
            Map<String, ValueMarker> markers,
            Optional<Map<String, BigDecimal>> previousVersion,
            Map<String, ValueMarker> previousMarkers,
            Optional<Map<String, BigDecimal>> lastYear,
            Locale locale) {
        List<ReviewLine> lines = new ArrayList<>();
        for (QuestionnaireField field : questionnaire.fields()) {
            BigDecimal value = numbers.get(field.key());
            BigDecimal before = previousVersion.map(m -> m.get(field.key())).orElse(null);
            BigDecimal year = lastYear.map(m -> m.get(field.key())).orElse(null);
            ValueMarker marker = markers.get(field.key());
            ValueMarker markerBefore = previousMarkers.get(field.key());
            if (value == null && before == null && year == null && marker == null && markerBefore == null) {
                continue;
            }
            boolean changed = previousVersion.isPresent()
                    && (!sameNumber(value, before) || !Objects.equals(marker, markerBefore));
            lines.add(new ReviewLine(
                    field.part().name(),
                    findingMessages.fieldLabel(questionnaire, field.key(), locale),
                    marker != null ? marker.shown() : shown(field.type(), value),
                    previousVersion.isPresent()
                            ? (markerBefore != null ? markerBefore.shown() : shown(field.type(), before))
                            : "",
                    previousVersion.isPresent() ? difference(field.type(), before, value) : "",
                    lastYear.isPresent() ? shown(field.type(), year) : "",
                    lastYear.isPresent() ? difference(field.type(), year, value) : "",
                    changed));
        }
        return lines;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Signed, in the field's unit; empty when either side is missing or nothing changed. */
    private static String difference(FieldType type, BigDecimal before, BigDecimal now) {
        if (before == null || now == null || before.compareTo(now) == 0) {
            return "";
        }
        BigDecimal delta = now.subtract(before);
        return switch (type) {
            case AMOUNT -> DutchFormat.euroSigned(delta);
            case FTE -> DutchFormat.decimalSigned(delta, 2);
            case COUNT, YESNO -> DutchFormat.decimalSigned(delta, 0);
            default ->
                DutchFormat.decimalSigned(delta, delta.stripTrailingZeros().scale() > 0 ? 2 : 0);
        };
    }

    // The warnings are recomputed from the version's own figures, so they match what was submitted.
    private List<ReviewedWarning> warnings(
            Questionnaire questionnaire,
            ValidationContext context,
            Map<String, BigDecimal> numbers,
            Map<String, ValueMarker> markers,
            Map<String, String> explanations,
            Locale locale) {
        Map<String, String> raw = new LinkedHashMap<>();
        numbers.forEach((key, value) -> raw.put(key, DutchFormat.forInput(value)));
        markers.forEach((key, marker) -> raw.put(key, marker.shown()));
        ValidationResult validation = SubmissionValidator.validate(questionnaire, raw, context);
        Map<String, String> remaining = new LinkedHashMap<>(explanations);
        List<ReviewedWarning> warnings = new ArrayList<>();
        for (Finding warning : validation.warnings()) {
            // Related warnings share one explanation: each of them shows it.
            remaining.remove(warning.warningKey());
            warnings.add(new ReviewedWarning(
                    findingMessages.show(questionnaire, warning, locale).message(),
                    explanations.get(warning.warningKey())));
        }
        // Explanations of warnings that no longer arise (e.g. last year's figures changed) stay visible.
        remaining.forEach((key, text) -> warnings.add(new ReviewedWarning(key, text)));
        return warnings;
    }

    private static String shown(FieldType type, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case AMOUNT -> DutchFormat.euro(value);
            case FTE -> DutchFormat.decimal(value, 2);
            case COUNT, YESNO -> DutchFormat.decimal(value, 0);
            default -> DutchFormat.forInput(value);
        };
    }

    private static SubmissionNotFoundException notFound(long submissionId) {
        return new SubmissionNotFoundException("No submission " + submissionId);
    }
}
