package nl.maatstaf.submission;

import java.util.Locale;
import java.util.Map;
import nl.maatstaf.account.MaatstafUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire pages (Data aanleveren). Forms post field keys as parameter names; only keys
 * the catalogue knows are taken, and the organisation never comes from the form.
 */
@Controller
@RequestMapping("/aanleveren/{year}/{slug}")
class QuestionnaireController {

    private static final Map<String, String> NOTICES = Map.of(
            "ingediend", "submission.submit.done",
            "correctie", "submission.correction.started",
            "opgeslagen", "submission.tabSwitch.saved");

    private final SubmissionAccess access;
    private final SubmissionService submissions;
    private final QuestionnairePage page;
    private final QuestionnaireForm questionnaireForm;

    QuestionnaireController(
            SubmissionAccess access,
            SubmissionService submissions,
            QuestionnairePage page,
            QuestionnaireForm questionnaireForm) {
        this.access = access;
        this.submissions = submissions;
        this.page = page;
        this.questionnaireForm = questionnaireForm;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "deel", required = false) String deel,
            @RequestParam(name = "organisatie", required = false) Long organisatie,
            @RequestParam(name = "melding", required = false) String melding,
            Locale locale,
            Model model) {
        SubmissionTarget target = access.forPage(user, year, slug, organisatie, false);
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        String notice = melding == null ? null : NOTICES.get(melding);
        return render(
                user,
                target,
                draft,
                deel,
                notice == null ? PageState.plain() : PageState.notice(notice),
                locale,
                model);
    }

    /**
     * Saves the form. With {@code naar} (a tab button, or a finding's field on the afsluiting) the
     * saved draft then opens there; a save that is refused stays on this tab with everything typed.
     */
    @PostMapping
    String save(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "deel", required = false) String deel,
            @RequestParam(name = "naar", required = false) String naar,
            @RequestParam(name = "organisatie", required = false) Long organisatie,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            Model model) {
        SubmissionTarget target = access.forPage(user, year, slug, organisatie, true);
        DraftChanges changes = questionnaireForm.changes(target, form);
        Map<String, Integer> tooLong = InputLimits.exceeded(changes);
        if (!tooLong.isEmpty()) {
            return renderTooLong(user, target, deel, changes, tooLong, locale, model);
        }
        Map<String, String> invalid = ContactEmail.refusals(changes);
        if (!invalid.isEmpty()) {
            return renderInvalid(user, target, deel, changes, invalid, locale, model);
        }
        if (naar != null && changes.changeNothingIn(submissions.load(target.organisationId(), target.catalog()))) {
            return redirectTo(user, target, naar, false);
        }
        SaveOutcome outcome = submissions.save(user, target.organisationId(), target.questionnaire(), changes);
        if (naar != null && outcome instanceof SaveOutcome.Saved) {
            return redirectTo(user, target, naar, true);
        }
        return render(user, target, outcome.draft(), deel, afterSave(outcome, changes), locale, model);
    }

    @PostMapping("/indienen")
    String submit(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) Long organisatie,
            @RequestParam(name = "bevestiging", required = false) String bevestiging,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            Model model) {
        SubmissionTarget target = access.forPage(user, year, slug, organisatie, true);
        DraftChanges changes = questionnaireForm.changes(target, form);
        Map<String, Integer> tooLong = InputLimits.exceeded(changes);
        String tab = QuestionnairePage.CLOSING_TAB;
        if (!tooLong.isEmpty()) {
            return renderTooLong(user, target, tab, changes, tooLong, locale, model);
        }
        Map<String, String> invalid = ContactEmail.refusals(changes);
        if (!invalid.isEmpty()) {
            return renderInvalid(user, target, tab, changes, invalid, locale, model);
        }
        SubmitOutcome outcome =
                submissions.submit(user, target.organisationId(), target.questionnaire(), changes, bevestiging != null);
        if (outcome instanceof SubmitOutcome.Submitted) {
            return "redirect:" + QuestionnairePage.baseUrl(target) + "?deel=afsluiting&melding=ingediend"
                    + organisationQuery(user, target);
        }
        if (outcome instanceof SubmitOutcome.NotReady notReady) {
            return render(user, target, notReady.draft(), tab, PageState.notReady(notReady.readiness()), locale, model);
        }
        SaveOutcome notSaved = ((SubmitOutcome.NotSaved) outcome).outcome();
        return render(user, target, notSaved.draft(), tab, afterSave(notSaved, changes), locale, model);
    }

    @PostMapping("/correctie")
    String startCorrection(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) Long organisatie) {
        SubmissionTarget target = access.forPage(user, year, slug, organisatie, true);
        boolean started = submissions.startCorrection(user, target.organisationId(), target.catalog());
        return "redirect:" + QuestionnairePage.baseUrl(target) + "?deel=A" + (started ? "&melding=correctie" : "")
                + organisationQuery(user, target);
    }

    /** Text too long to store refuses the whole save; the page shows everything as typed. */
    private String renderTooLong(
            MaatstafUser user,
            SubmissionTarget target,
            String tab,
            DraftChanges changes,
            Map<String, Integer> tooLong,
            Locale locale,
            Model model) {
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        return render(
                user, target, draft, tab, PageState.typed(changes, "submission.save.tooLong", tooLong), locale, model);
    }

    /** A field that cannot be stored as typed (an e-mail address that is none) refuses the whole save. */
    private String renderInvalid(
            MaatstafUser user,
            SubmissionTarget target,
            String tab,
            DraftChanges changes,
            Map<String, String> invalid,
            Locale locale,
            Model model) {
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        return render(user, target, draft, tab, PageState.invalid(changes, invalid), locale, model);
    }

    private String render(
            MaatstafUser user,
            SubmissionTarget target,
            Draft draft,
            String deel,
            PageState state,
            Locale locale,
            Model model) {
        // Every page that shows an organisation's questionnaire passes here, so a beheerder's
        // view is audited whichever way (read, save, conflict, refusal) it came about.
        access.recordBeheerderAccess(user, target, draft);
        String tab = QuestionnairePage.tab(deel, target.questionnaire());
        model.addAllAttributes(page.model(
                target, draft, tab, state, user.isBeheerder(), user.mayEdit(target.organisationId()), locale));
        return "submission/questionnaire";
    }

    private static PageState afterSave(SaveOutcome outcome, DraftChanges changes) {
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            return PageState.conflict(changes, conflict.differingKeys());
        }
        if (outcome instanceof SaveOutcome.NotEditable notEditable) {
            return PageState.typed(changes, notEditable.messageKey("submission.save.notEditable", "save"), Map.of());
        }
        return PageState.notice("submission.save.done");
    }

    private String redirectTo(MaatstafUser user, SubmissionTarget target, String naar, boolean saved) {
        QuestionnairePage.Destination to = QuestionnairePage.destination(naar, target.questionnaire());
        return "redirect:" + QuestionnairePage.baseUrl(target) + "?deel=" + to.tab()
                + (saved ? "&melding=opgeslagen" : "") + organisationQuery(user, target)
                + (to.fieldKey() == null ? "" : "#veld-" + to.fieldKey());
    }

    private static String organisationQuery(MaatstafUser user, SubmissionTarget target) {
        return user.isBeheerder() ? "&organisatie=" + target.organisationId() : "";
    }
}
