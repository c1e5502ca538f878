package nl.maatstaf.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Starts an empty questionnaire from the organisation's figures of the year before (see
 * {@link PreviousYear}): every field this year's catalogue still asks for, saved through the
 * ordinary save, so optimistic locking holds and each field is audited.
 */
@Service
class PreviousYearCopy {

    static final String AUDIT_ACTION = "VORIG_JAAR_OVERGENOMEN";

    private final PreviousYear previousYear;
    private final SubmissionService submissions;
    private final AuditLog audit;

    PreviousYearCopy(PreviousYear previousYear, SubmissionService submissions, AuditLog audit) {
        this.previousYear = previousYear;
        this.submissions = submissions;
        this.audit = audit;
    }

    /** The year that can be taken over, when the draft is still empty and may be changed. */
    Optional<Integer> offer(SubmissionTarget target, Draft draft) {
        if (!draft.editable() || !draft.values().isEmpty()) {
            return Optional.empty();
        }
        return previousYear.of(target.organisationId(), target.catalog()).map(PreviousYear.Figures::year);
    }

    Result copy(MaatstafUser user, SubmissionTarget target, int expectedLock) {
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        int year = target.catalog().year() - 1;
        Optional<PreviousYear.Figures> figures = previousYear.of(target.organisationId(), target.catalog());
        if (figures.isEmpty()) {
            return new Result(draft, "submission.previous.none", false, year, 0);
        }
        if (!draft.values().isEmpty()) {
            return new Result(draft, "submission.previous.notEmpty", false, year, 0);
        }
        Questionnaire questionnaire = target.questionnaire();
        Map<String, String> values = new LinkedHashMap<>();
        // In questionnaire order, so the audit trail reads like the form.
        for (QuestionnaireField field : questionnaire.fields()) {
            if (figures.get().values().containsKey(field.key())) {
                values.put(
                        field.key(),
                        field.type().shownInField(figures.get().values().get(field.key())));
            } else if (figures.get().markers().containsKey(field.key())) {
                // Not known last year is a starting point too: the participant sees it and can fill it in.
                values.put(field.key(), figures.get().markers().get(field.key()).shown());
            }
        }
        DraftChanges changes = new DraftChanges(expectedLock, values, Map.of(), null);
        SaveOutcome outcome = submissions.save(user, target.organisationId(), questionnaire, changes, saved -> {
            if (saved instanceof SaveOutcome.Saved) {
                audit.record(new AuditEntry(
                        user.getUsername(),
                        target.organisationId(),
                        AUDIT_ACTION,
                        SubmissionService.AUDIT_ENTITY,
                        SubmissionService.key(saved.draft().row().orElseThrow()),
                        "peiljaar " + figures.get().year(),
                        null,
                        "versie " + figures.get().versionNo()
                                + (figures.get().approved() ? " (goedgekeurd)" : " (ingediend)")));
            }
        });
        if (outcome instanceof SaveOutcome.Saved saved) {
            return new Result(saved.draft(), "submission.previous.copied", true, year, saved.changedFields());
        }
        return new Result(
                outcome.draft(),
                outcome instanceof SaveOutcome.NotEditable notEditable
                        ? notEditable.messageKey("submission.save.notEditable", "save")
                        : "submission.save.conflict",
                false,
                year,
                0);
    }

    /**
     * @param messageKey what to tell the user; takes the year and the number of fields
     * @param copied whether anything was taken over
     */
    record Result(Draft draft, String messageKey, boolean copied, int year, int fields) {}
}
