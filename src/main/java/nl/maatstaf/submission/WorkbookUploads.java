package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.common.DutchNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes over an uploaded questionnaire workbook, all or nothing. Every cell is checked first,
 * then the figures are validated as on the page: an error anywhere refuses the whole workbook
 * and changes nothing. A usable workbook is saved through the ordinary save (optimistic locking,
 * an audit line per changed field). Either way the file is kept and the upload audited; of the
 * refused files only the newest few per questionnaire are kept ({@link RefusedUploadCleanup}
 * removes old ones).
 */
@Service
class WorkbookUploads {

    /** Completeness only blocks submitting: a half-filled workbook is a fine draft. */
    private static final Set<String> COMPLETENESS_RULES = Set.of("hoofdfactorMissing", "requiredMissing");

    static final String AUDIT_ACTION = "WERKMAP_GEUPLOAD";

    private final WorkbookReader reader;
    private final SubmissionService submissions;
    private final FindingMessages findingMessages;
    private final UploadRepository uploads;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int refusedKept;

    WorkbookUploads(
            WorkbookReader reader,
            SubmissionService submissions,
            FindingMessages findingMessages,
            UploadRepository uploads,
            AuditLog audit,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${maatstaf.uploads.refused-kept-per-questionnaire}") int refusedKept) {
        if (refusedKept < 1) {
            // The newest refused workbook is the one the participant downloads to correct.
            throw new IllegalArgumentException("maatstaf.uploads.refused-kept-per-questionnaire must be at least 1");
        }
        this.reader = reader;
        this.submissions = submissions;
        this.findingMessages = findingMessages;
        this.uploads = uploads;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.refusedKept = refusedKept;
    }

    UploadOutcome upload(
            MaatstafUser user,
            SubmissionTarget target,
            int expectedLock,
            String fileName,
            byte[] content,
            Locale locale) {
        Questionnaire questionnaire = target.questionnaire();
        long organisationId = target.organisationId();
        Draft draft = submissions.load(organisationId, target.catalog());
        Optional<String> fileProblem = fileProblem(fileName, content);
        if (fileProblem.isPresent()) {
            return UploadOutcome.refusedFile(draft, fileProblem.get());
        }
        if (!draft.editable()) {
            return new UploadOutcome(draft, "submission.workbook.notEditable", List.of(), 0);
        }
        String name = UploadFileName.storable(fileName, QuestionnaireWorkbook.fileName(target));
        WorkbookReading reading = reader.read(content, questionnaire, target.organisation(), locale);
        List<WorkbookProblem> problems = new ArrayList<>(reading.problems());
        if (reading.usable()) {
            problems.addAll(blockingFindings(organisationId, questionnaire, reading, locale));
        }
        if (!problems.isEmpty()) {
            transactions.executeWithoutResult(status ->
                    keep(user, target, draft, name, content, UploadOutcome.Result.AFGEWEZEN, problems.size()));
            return new UploadOutcome(draft, "submission.workbook.refused", problems, 0);
        }
        DraftDetails details = reading.details();
        DraftChanges changes = new DraftChanges(
                expectedLock,
                changedValues(questionnaire, draft, reading),
                Map.of(),
                null,
                details == null ? null : new DraftChanges.BasisChoice(details.basis(), details.peildatum()),
                details == null ? null : details.corrections());
        SaveOutcome saved = submissions.save(user, organisationId, questionnaire, changes, outcome -> {
            UploadOutcome.Result result = outcome instanceof SaveOutcome.Saved
                    ? UploadOutcome.Result.OVERGENOMEN
                    : UploadOutcome.Result.AFGEWEZEN;
            keep(user, target, outcome.draft(), name, content, result, 0);
        });
        if (saved instanceof SaveOutcome.Saved done) {
            return new UploadOutcome(done.draft(), null, List.of(), done.changedFields());
        }
        String alert = saved instanceof SaveOutcome.NotEditable notEditable
                ? notEditable.messageKey("submission.workbook.notEditable", "workbook")
                : "submission.workbook.conflict";
        return new UploadOutcome(saved.draft(), alert, List.of(), 0);
    }

    Optional<StoredUpload> latest(SubmissionTarget target) {
        return transactions.execute(status -> uploads.latest(
                target.organisationId(),
                target.catalog().year(),
                target.catalog().code()));
    }

    /** The bytes of the newest kept workbook of this organisation, module and year. */
    Optional<KeptFile> latestFile(SubmissionTarget target) {
        return Objects.requireNonNull(transactions.execute(status -> uploads.latest(
                        target.organisationId(),
                        target.catalog().year(),
                        target.catalog().code())
                .map(upload -> new KeptFile(upload.fileName(), uploads.content(upload.id())))));
    }

    record KeptFile(String fileName, byte[] content) {}

    /** Errors of the page's validation, placed at the workbook cell of their field. */
    private List<WorkbookProblem> blockingFindings(
            long organisationId, Questionnaire questionnaire, WorkbookReading reading, Locale locale) {
        Map<String, String> raw = new LinkedHashMap<>();
        reading.values().forEach((key, text) -> {
            if (text != null) {
                raw.put(key, text);
            }
        });
        ValidationResult validation = reading.details() == null
                ? submissions.validate(organisationId, questionnaire, raw)
                : submissions.validate(organisationId, questionnaire, raw, reading.details());
        List<WorkbookProblem> problems = new ArrayList<>();
        for (Finding error : validation.errors()) {
            if (COMPLETENESS_RULES.contains(error.rule())) {
                continue;
            }
            String place = reading.places().get(error.fieldKey());
            String message = findingMessages.show(questionnaire, error, locale).message();
            problems.add(new WorkbookProblem(place, place == null ? message : place + ": " + message));
        }
        return problems;
    }

    /**
     * Every field the workbook changes. A cell holding the number that is stored already keeps
     * the text as it was typed, so an unchanged workbook changes nothing at all.
     */
    private static Map<String, String> changedValues(
            Questionnaire questionnaire, Draft draft, WorkbookReading reading) {
        Map<String, String> changes = new LinkedHashMap<>();
        reading.values().forEach((key, text) -> {
            StoredValue stored = draft.values().get(key);
            if (text == null) {
                if (stored != null) {
                    changes.put(key, "");
                }
                return;
            }
            if (stored != null && text.equals(stored.raw())) {
                return;
            }
            FieldType type = questionnaire.field(key).orElseThrow().type();
            BigDecimal number = type.text()
                    ? null
                    : DutchNumbers.parse(text, type.numberKind()).value();
            if (stored != null
                    && stored.number() != null
                    && number != null
                    && stored.number().compareTo(number) == 0) {
                return;
            }
            changes.put(key, text);
        });
        return changes;
    }

    private void keep(
            MaatstafUser user,
            SubmissionTarget target,
            Draft draft,
            String fileName,
            byte[] content,
            UploadOutcome.Result result,
            int problemCount) {
        uploads.insert(
                target.organisationId(),
                target.catalog().year(),
                target.catalog().code(),
                fileName,
                content,
                result,
                problemCount,
                OffsetDateTime.now(clock),
                user.getUsername());
        if (result == UploadOutcome.Result.AFGEWEZEN) {
            uploads.deleteRefusedBeyond(
                    target.organisationId(),
                    target.catalog().year(),
                    target.catalog().code(),
                    refusedKept);
        }
        String key = draft.row()
                .map(SubmissionService::key)
                .orElse(target.catalog().year() + "/" + target.catalog().code());
        audit.record(new AuditEntry(
                user.getUsername(),
                target.organisationId(),
                AUDIT_ACTION,
                SubmissionService.AUDIT_ENTITY,
                key,
                fileName,
                null,
                result.name() + (problemCount > 0 ? " (" + problemCount + " problemen)" : "")));
    }

    /**
     * What makes the file itself unusable, before it is read: then it is not kept either, since
     * there is nothing in it to correct. A file shorter than a zip header is no workbook at all.
     */
    private static Optional<String> fileProblem(String fileName, byte[] content) {
        Optional<String> name = UploadFileName.problem(fileName);
        if (name.isPresent()) {
            return name;
        }
        return content.length < WorkbookReader.SHORTEST_WORKBOOK
                ? Optional.of("submission.workbook.file.tooSmall")
                : Optional.empty();
    }
}
