package nl.maatstaf.submission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.maatstaf.common.DutchNumbers;
import nl.maatstaf.common.ParsedNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Everything the questionnaire template shows, built from the stored draft and this request. */
@Component
class QuestionnairePage {

    static final String CLOSING_TAB = "afsluiting";
    static final List<String> TABS = List.of("A", "B", "C", CLOSING_TAB);
    private static final String FIELD_ANCHOR = "veld-";

    private final SubmissionService submissions;
    private final FindingMessages findingMessages;
    private final WorkbookUploads uploads;
    private final PreviousYearCopy previousYearCopy;
    private final long autosaveSeconds;

    QuestionnairePage(
            SubmissionService submissions,
            FindingMessages findingMessages,
            WorkbookUploads uploads,
            PreviousYearCopy previousYearCopy,
            @Value("${maatstaf.questionnaire.autosave-interval:30s}") Duration autosaveInterval) {
        this.submissions = submissions;
        this.findingMessages = findingMessages;
        this.uploads = uploads;
        this.previousYearCopy = previousYearCopy;
        this.autosaveSeconds = Math.max(1, autosaveInterval.toSeconds());
    }

    /**
     * Where a tab button or a finding's button leads after the save: a tab of this questionnaire
     * and, for a finding, the field it is about (null otherwise).
     */
    record Destination(String tab, String fieldKey) {}

    /**
     * Reads {@code naar}: a tab ("B") or a tab with a field ("A#veld-A.KCC.fte"). Anything else
     * falls back to part A and no field, so the redirect only ever names this questionnaire.
     */
    static Destination destination(String naar, Questionnaire questionnaire) {
        int hash = naar.indexOf('#');
        String tab = tab(hash < 0 ? naar : naar.substring(0, hash), questionnaire);
        String field = hash < 0 ? null : naar.substring(hash + 1);
        if (field != null && field.startsWith(FIELD_ANCHOR)) {
            field = field.substring(FIELD_ANCHOR.length());
        }
        return new Destination(tab, field != null && questionnaire.contains(field) ? field : null);
    }

    /** The tabs this questionnaire has: part C only for a module with finance items. */
    static List<String> tabs(Questionnaire questionnaire) {
        return TABS.stream()
                .filter(t -> !"C".equals(t) || questionnaire.catalog().hasFinance())
                .toList();
    }

    static String tab(String requested, Questionnaire questionnaire) {
        if (requested == null || !TABS.contains(requested)) {
            return "A";
        }
        return "C".equals(requested) && !questionnaire.catalog().hasFinance() ? "A" : requested;
    }

    static String baseUrl(SubmissionTarget target) {
        return "/aanleveren/" + target.catalog().year() + "/" + target.catalog().slug();
    }

    Map<String, Object> model(
            SubmissionTarget target,
            Draft draft,
            String tab,
            PageState state,
            boolean beheerder,
            boolean mayEdit,
            Locale locale) {
        Questionnaire questionnaire = target.questionnaire();
        Map<String, String> values = new LinkedHashMap<>(draft.raw());
        values.putAll(state.typedValues());
        // A refused save shows the basis and correction lines as typed, like every other field.
        DraftDetails details = state.typedChanges() == null
                ? draft.details()
                : state.typedChanges().detailsAfter(draft.details());
        ValidationResult validation = submissions.validate(target.organisationId(), questionnaire, values, details);
        List<ShownFinding> errors = findingMessages.show(questionnaire, validation.errors(), locale);
        List<ShownFinding> warnings = findingMessages.show(questionnaire, validation.warnings(), locale);

        Map<String, String> explanations = new LinkedHashMap<>(draft.explanations());
        explanations.putAll(state.typedExplanations());
        Set<String> missingExplanations = new LinkedHashSet<>();
        if (state.readiness() != null) {
            state.readiness().unexplained().forEach(f -> missingExplanations.add(f.warningKey()));
        }

        String orgQuery = beheerder ? "&organisatie=" + target.organisationId() : "";
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("catalog", questionnaire.catalog());
        model.put("organisation", target.organisation());
        model.put("tab", tab);
        model.put("tabs", tabs(questionnaire));
        model.put("autosaveSeconds", autosaveSeconds);
        model.put("taskFields", TaskField.values());
        // A cooperation's part A has, per group, the sub-line of capacity at its member municipalities.
        model.put("memberCapacity", questionnaire.cooperation());
        model.put("baseUrl", baseUrl(target));
        model.put("orgQuery", orgQuery);
        model.put("organisationParam", beheerder ? target.organisationId() : null);
        // A page that cannot be typed in shows amounts as they are read: 1.809.600, not 1809600.
        model.put(
                "values",
                mayEdit && draft.editable() ? markersInWords(questionnaire, values) : readable(questionnaire, values));
        model.put("yesNoFields", yesNoFields(questionnaire));
        model.put("fieldErrors", byField(errors));
        model.put("fieldWarnings", byField(warnings));
        model.put("errors", errors);
        model.put("warnings", warnings);
        model.put("warningGroups", groups(warnings));
        model.put("explanations", explanations);
        model.put("missingExplanations", missingExplanations);
        model.put("closing", closing(draft, state));
        model.put(
                "closingProblems",
                state.readiness() == null ? List.of() : state.readiness().closingProblems());
        model.put("tooLong", state.tooLong());
        model.put("invalidInput", state.invalid());
        model.put(
                "status",
                draft.status() == null ? "NIET_GESTART" : draft.status().name());
        model.put("lockVersion", draft.lockVersion());
        // A lezer sees the same page, but never a field it could type in or a button it may not use.
        model.put("editable", mayEdit && draft.editable());
        model.put("correctable", mayEdit && draft.status() == SubmissionStatus.GOEDGEKEURD);
        model.put("readOnlyReason", readOnlyReason(draft, mayEdit));
        model.put("versions", draft.versions());
        model.put("conflicts", conflicts(questionnaire, draft, state, locale));
        model.put("notice", state.notice());
        model.put("alert", state.alert());
        model.put("fieldLabels", labels(questionnaire, locale));
        // The Excel workbook and last year's figures; only the organisation's own deelnemers upload.
        boolean editable = mayEdit && draft.editable();
        model.put("mayUpload", editable && !beheerder);
        model.put("lastUpload", uploads.latest(target).orElse(null));
        model.put(
                "previousYearOffer",
                editable ? previousYearCopy.offer(target, draft).orElse(null) : null);
        model.put("basisChoice", details.chosenBasis().name());
        model.put("peildatum", details.peildatum());
        model.put("bases", Basis.values());
        model.put("correctionKinds", CorrectionKind.values());
        model.put("corrections", correctionsByTask(questionnaire, details));
        model.put("workbookMessage", null);
        model.put("workbookMessageKind", null);
        model.put("uploadProblems", List.of());
        return model;
    }

    /** Per task its correction lines as typed, in line order; a task without lines has none. */
    private static Map<String, List<DraftDetails.Line>> correctionsByTask(
            Questionnaire questionnaire, DraftDetails details) {
        Map<String, List<DraftDetails.Line>> byTask = new LinkedHashMap<>();
        questionnaire.catalog().tasks().forEach(task -> byTask.put(task.code(), details.correctionsOf(task.code())));
        return byTask;
    }

    private static String readOnlyReason(Draft draft, boolean mayEdit) {
        if (!mayEdit) {
            return "submission.readOnly.lezer";
        }
        return draft.editable() ? null : "submission.readOnly." + draft.status().name();
    }

    private static DraftChanges.Closing closing(Draft draft, PageState state) {
        return state.typedClosing() != null
                ? state.typedClosing()
                : new DraftChanges.Closing(draft.contactName(), draft.contactEmail(), draft.remarks());
    }

    private List<ConflictLine> conflicts(Questionnaire questionnaire, Draft draft, PageState state, Locale locale) {
        if (state.conflictKeys() == null) {
            return List.of();
        }
        List<ConflictLine> lines = new ArrayList<>();
        Map<String, String> stored = draft.raw();
        for (String key : state.conflictKeys()) {
            lines.add(new ConflictLine(
                    key,
                    findingMessages.fieldLabel(questionnaire, key, locale),
                    state.typedValues().get(key),
                    stored.get(key)));
        }
        return lines;
    }

    private Map<String, String> labels(Questionnaire questionnaire, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (QuestionnaireField field : questionnaire.fields()) {
            labels.put(field.key(), findingMessages.fieldLabel(questionnaire, field.key(), locale));
        }
        return labels;
    }

    /**
     * Typed text stays as typed, except a marker: "nb" or "NIET_BEKEND" comes back as "niet bekend",
     * so the participant sees it was understood (and a group's choice finds its option).
     */
    private static Map<String, String> markersInWords(Questionnaire questionnaire, Map<String, String> values) {
        Map<String, String> shown = new LinkedHashMap<>(values);
        values.forEach((key, text) -> questionnaire
                .field(key)
                .filter(QuestionnaireField::allowsMarker)
                .ifPresent(field -> ValueMarker.read(text).ifPresent(marker -> shown.put(key, marker.shown()))));
        return shown;
    }

    private static Map<String, String> readable(Questionnaire questionnaire, Map<String, String> values) {
        Map<String, String> shown = new LinkedHashMap<>(values);
        values.forEach((key, text) -> questionnaire
                .field(key)
                .filter(f -> !f.type().text())
                .ifPresent(field -> {
                    Optional<ValueMarker> marker = ValueMarker.read(text);
                    if (marker.isPresent() && field.allowsMarker()) {
                        // However it was typed or sent ("nb", "NIET_BEKEND"), the field says it one way.
                        shown.put(key, marker.get().shown());
                        return;
                    }
                    ParsedNumber parsed = DutchNumbers.parse(text, field.type().numberKind());
                    if (parsed.value() != null && DutchNumbers.withinBounds(parsed.value())) {
                        shown.put(key, field.type().shownInField(parsed.value()));
                    }
                }));
        return shown;
    }

    /** Yes/no indicators are a choice (ja, nee, leeg), not a number to type. */
    private static Set<String> yesNoFields(Questionnaire questionnaire) {
        Set<String> keys = new LinkedHashSet<>();
        questionnaire.fields().stream().filter(f -> f.type() == FieldType.YESNO).forEach(f -> keys.add(f.key()));
        return keys;
    }

    /** Warnings that share an explanation, in order of their first warning: one text field each. */
    record WarningGroup(String warningKey, List<ShownFinding> warnings) {}

    static List<WarningGroup> groups(List<ShownFinding> warnings) {
        Map<String, List<ShownFinding>> byKey = new LinkedHashMap<>();
        for (ShownFinding warning : warnings) {
            byKey.computeIfAbsent(warning.warningKey(), k -> new ArrayList<>()).add(warning);
        }
        List<WarningGroup> groups = new ArrayList<>();
        byKey.forEach((key, shared) -> groups.add(new WarningGroup(key, List.copyOf(shared))));
        return groups;
    }

    private static Map<String, List<String>> byField(List<ShownFinding> findings) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (ShownFinding finding : findings) {
            byField.computeIfAbsent(finding.fieldKey(), k -> new ArrayList<>()).add(finding.message());
        }
        return byField;
    }
}
