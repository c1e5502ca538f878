package nl.maatstaf.submission;

import java.util.Map;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.common.ProblemDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The questionnaire page's background save (static/js/questionnaire.js): the same form, the same
 * save with its audit and lock version as the Opslaan button, answered in JSON so the page can
 * stay as it is. A save that is refused changes nothing; the script keeps what was typed and the
 * Opslaan button then shows why, as it always did.
 */
@Controller
@RequestMapping("/aanleveren/{year}/{slug}")
class DraftAutosaveController {

    private final SubmissionAccess access;
    private final SubmissionService submissions;
    private final QuestionnaireForm questionnaireForm;
    private final ProblemDocuments problems;

    DraftAutosaveController(
            SubmissionAccess access,
            SubmissionService submissions,
            QuestionnaireForm questionnaireForm,
            MessageSource messages) {
        this.access = access;
        this.submissions = submissions;
        this.questionnaireForm = questionnaireForm;
        this.problems = new ProblemDocuments(messages, "submission.api.title.");
    }

    /**
     * What the page learns of a save that went through.
     *
     * @param outcome always {@code saved}; a refusal is a problem document with its own outcome
     * @param lockVersion the version the form is now based on
     * @param changedFields how many stored texts changed (0 when the form held nothing new)
     */
    record Reply(String outcome, int lockVersion, int changedFields) {}

    @PostMapping("/concept")
    @ResponseBody
    ResponseEntity<?> save(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) Long organisatie,
            @RequestParam MultiValueMap<String, String> form) {
        SubmissionTarget target = access.forPage(user, year, slug, organisatie, true);
        DraftChanges changes = questionnaireForm.changes(target, form);
        Map<String, Integer> tooLong = InputLimits.exceeded(changes);
        if (!tooLong.isEmpty() || !ContactEmail.refusals(changes).isEmpty()) {
            return refusal(HttpStatus.UNPROCESSABLE_ENTITY, "badRequest", "refused", changes.expectedLock());
        }
        Draft current = submissions.load(target.organisationId(), target.catalog());
        // Typed and typed back again: nothing to store, and no reason to start a draft for it.
        if (changes.changeNothingIn(current)) {
            return ResponseEntity.ok(new Reply("saved", changes.expectedLock(), 0));
        }
        SaveOutcome outcome = submissions.save(user, target.organisationId(), target.questionnaire(), changes);
        if (outcome instanceof SaveOutcome.Saved saved) {
            return ResponseEntity.ok(new Reply("saved", saved.draft().lockVersion(), saved.changedFields()));
        }
        if (outcome instanceof SaveOutcome.NotEditable notEditable && notEditable.yearClosed()) {
            return refusal(HttpStatus.CONFLICT, "conflict", "yearClosed", changes.expectedLock());
        }
        if (outcome instanceof SaveOutcome.NotEditable) {
            return refusal(HttpStatus.CONFLICT, "conflict", "notEditable", changes.expectedLock());
        }
        // The form's lock version stays as it was, so the Opslaan button meets the conflict too.
        return refusal(HttpStatus.CONFLICT, "conflict", "conflict", changes.expectedLock());
    }

    private ResponseEntity<ProblemDetail> refusal(HttpStatus status, String titleKey, String outcome, int lock) {
        ProblemDetail problem = problems.problem(
                status,
                titleKey,
                problems.text(
                        outcome.equals("yearClosed")
                                ? "catalog.yearClosed.autosave"
                                : "submission.autosave." + outcome));
        problem.setProperty("outcome", outcome);
        problem.setProperty("lockVersion", lock);
        return problems.respond(problem);
    }
}
