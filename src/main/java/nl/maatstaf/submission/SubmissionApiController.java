package nl.maatstaf.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.common.DutchNumbers;
import nl.maatstaf.submission.SubmissionApiDocuments.ContactDocument;
import nl.maatstaf.submission.SubmissionApiDocuments.FindingDocument;
import nl.maatstaf.submission.SubmissionApiDocuments.SaveRequest;
import nl.maatstaf.submission.SubmissionApiDocuments.SubmissionDocument;
import nl.maatstaf.submission.SubmissionApiDocuments.SubmitRequest;
import nl.maatstaf.submission.SubmissionApiDocuments.VersionDocument;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read, write and submit a questionnaire over JSON. It saves exactly like the pages do, with the
 * same validation, locking, audit and authorisation.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/submissions/{year}/{module}")
@Tag(
        name = "Aanleveringen",
        description = "De vragenlijst per organisatie, module en peiljaar lezen, opslaan en indienen")
class SubmissionApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final SubmissionAccess access;
    private final SubmissionService submissions;
    private final FindingMessages findingMessages;
    private final MessageSource messages;
    private final QuestionnaireWorkbook workbook;
    private final WorkbookUploads uploads;

    SubmissionApiController(
            SubmissionAccess access,
            SubmissionService submissions,
            FindingMessages findingMessages,
            MessageSource messages,
            QuestionnaireWorkbook workbook,
            WorkbookUploads uploads) {
        this.access = access;
        this.submissions = submissions;
        this.findingMessages = findingMessages;
        this.messages = messages;
        this.workbook = workbook;
        this.uploads = uploads;
    }

    @GetMapping
    @Operation(
            summary = "De aanlevering lezen",
            description = "Waarden als getypte tekst en als getal, fouten, waarschuwingen en versies.")
    @ApiResponse(responseCode = "200", description = "De aanlevering")
    @ApiResponse(responseCode = "403", description = "Geen toegang tot deze organisatie")
    @ApiResponse(responseCode = "404", description = "Onbekende module of geen deelname")
    SubmissionDocument read(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long orgId,
            @PathVariable int year,
            @Parameter(description = "Cataloguscode (WMO) of slug (wmo)") @PathVariable String module) {
        SubmissionTarget target = access.forApi(user, orgId, year, module, false);
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        access.recordBeheerderAccess(user, target, draft);
        return document(target, draft);
    }

    @PutMapping
    @Operation(
            summary = "Het concept opslaan",
            description =
                    "Alleen de meegestuurde velden veranderen. Ook ongeldige tekst wordt bewaard en als fout gemeld.")
    @ApiResponse(responseCode = "200", description = "Opgeslagen; de nieuwe stand met fouten en waarschuwingen")
    @ApiResponse(
            responseCode = "400",
            description = "Geen geldige JSON, onbekende velden, waarden van een verkeerd type of getallen van meer dan"
                    + " 40 cijfers; niets opgeslagen")
    @ApiResponse(responseCode = "415", description = "Geen JSON (Content-Type application/json)")
    @ApiResponse(
            responseCode = "409",
            description = "Verouderde lockVersion of niet meer te wijzigen; niets opgeslagen")
    SubmissionDocument save(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long orgId,
            @PathVariable int year,
            @PathVariable String module,
            @RequestBody SaveRequest request) {
        SubmissionTarget target = access.forApi(user, orgId, year, module, true);
        if (request.lockVersion() == null) {
            throw badRequest(text("submission.api.lockVersionMissing"), null);
        }
        Draft stored = submissions.load(target.organisationId(), target.catalog());
        DraftChanges changes = new DraftChanges(
                request.lockVersion(),
                values(target.questionnaire(), request.values()),
                Map.of(),
                null,
                basis(stored, request),
                corrections(target.questionnaire(), request.corrections()));
        refuseTooLong(changes);
        access.recordBeheerderAccess(user, target, submissions.load(target.organisationId(), target.catalog()));
        SaveOutcome outcome = submissions.save(user, target.organisationId(), target.questionnaire(), changes);
        refuseUnsaved(outcome);
        return document(target, outcome.draft());
    }

    @PostMapping("/submit")
    @Operation(
            summary = "Indienen",
            description =
                    "Maakt een onveranderlijke versie als er geen fouten zijn en elke waarschuwing een toelichting heeft.")
    @ApiResponse(responseCode = "200", description = "Ingediend; de nieuwe stand met de nieuwe versie")
    @ApiResponse(
            responseCode = "400",
            description = "Geen geldige JSON, een ongeldig e-mailadres of te lange tekst; niets opgeslagen")
    @ApiResponse(responseCode = "415", description = "Geen JSON (Content-Type application/json)")
    @ApiResponse(responseCode = "409", description = "Verouderde lockVersion of niet meer te wijzigen")
    @ApiResponse(
            responseCode = "422",
            description = "Nog niet in te dienen; de lijst met fouten en ontbrekende toelichtingen")
    SubmissionDocument submit(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long orgId,
            @PathVariable int year,
            @PathVariable String module,
            @RequestBody SubmitRequest request) {
        SubmissionTarget target = access.forApi(user, orgId, year, module, true);
        Draft current = submissions.load(target.organisationId(), target.catalog());
        access.recordBeheerderAccess(user, target, current);
        int lockVersion = request.lockVersion() != null ? request.lockVersion() : current.lockVersion();
        DraftChanges changes = new DraftChanges(
                lockVersion,
                Map.of(),
                explanations(target, current, request.explanations()),
                closing(current, request));
        refuseTooLong(changes);
        refuseInvalidContact(changes);
        // Sending the request is the confirmation: an API client has no checkbox to tick.
        SubmitOutcome outcome =
                submissions.submit(user, target.organisationId(), target.questionnaire(), changes, true);
        if (outcome instanceof SubmitOutcome.NotSaved notSaved) {
            refuseUnsaved(notSaved.outcome());
        }
        if (outcome instanceof SubmitOutcome.NotReady notReady) {
            throw new SubmissionApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "notReady",
                    text("submission.api.notReady"),
                    blockers(target.questionnaire(), notReady.readiness()));
        }
        return document(target, ((SubmitOutcome.Submitted) outcome).draft());
    }

    @GetMapping(value = "/workbook", produces = WorkbookLayout.CONTENT_TYPE)
    @Operation(
            summary = "De vragenlijst als Excel-werkmap",
            description = "Gevuld met het huidige concept, met de definities naast de velden.")
    @ApiResponse(responseCode = "200", description = "De werkmap (.xlsx)")
    ResponseEntity<byte[]> downloadWorkbook(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long orgId,
            @PathVariable int year,
            @PathVariable String module) {
        SubmissionTarget target = access.forApi(user, orgId, year, module, false);
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        access.recordBeheerderAccess(user, target, draft);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(WorkbookLayout.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(QuestionnaireWorkbook.fileName(target))
                                .build()
                                .toString())
                .body(workbook.write(target, draft, DUTCH));
    }

    @PutMapping(value = "/workbook", consumes = WorkbookLayout.CONTENT_TYPE)
    @Operation(
            summary = "Een ingevulde Excel-werkmap overnemen",
            description = "Alles of niets: bij een fout verandert er niets en komt de lijst met fouten per blad en"
                    + " cel terug. Alleen deelnemers van de organisatie zelf.")
    @ApiResponse(responseCode = "200", description = "Overgenomen; de nieuwe stand met fouten en waarschuwingen")
    @ApiResponse(
            responseCode = "400",
            description = "Geen lockVersion, een bestand te klein voor een werkmap of een ongeldige bestandsnaam;"
                    + " niets bewaard")
    @ApiResponse(responseCode = "409", description = "Verouderde lockVersion of niet meer te wijzigen")
    @ApiResponse(responseCode = "422", description = "Niet overgenomen; de fouten per blad en cel")
    SubmissionDocument uploadWorkbook(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long orgId,
            @PathVariable int year,
            @PathVariable String module,
            @RequestParam(name = "lockVersion", required = false) Integer lockVersion,
            @Parameter(
                            description = "Optioneel de naam waaronder het bestand wordt bewaard, zoals"
                                    + " attachment; filename=\"werkmap.xlsx\"")
                    @RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false)
                    String contentDisposition,
            @RequestBody byte[] content) {
        if (user.isBeheerder()) {
            throw new SubmissionForbiddenException("Only the organisation's own deelnemers upload workbooks");
        }
        SubmissionTarget target = access.forApi(user, orgId, year, module, true);
        if (lockVersion == null) {
            throw badRequest(text("submission.api.lockVersionMissing"), null);
        }
        String fileName = sentFileName(contentDisposition);
        UploadOutcome outcome = uploads.upload(
                user,
                target,
                lockVersion,
                fileName == null ? QuestionnaireWorkbook.fileName(target) : fileName,
                content,
                DUTCH);
        if (outcome.fileError() != null) {
            throw badRequest(text(outcome.fileError()), null);
        }
        if (!outcome.problems().isEmpty()) {
            throw new SubmissionApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "workbookRefused",
                    text("submission.workbook.refused"),
                    outcome.problems());
        }
        if (!outcome.accepted()) {
            throw new SubmissionApiException(HttpStatus.CONFLICT, "conflict", text(outcome.alert()), null);
        }
        return document(target, outcome.draft());
    }

    /** The file name of an upload's Content-Disposition header, or null without one. */
    private String sentFileName(String contentDisposition) {
        if (contentDisposition == null || contentDisposition.isBlank()) {
            return null;
        }
        try {
            return ContentDisposition.parse(contentDisposition).getFilename();
        } catch (IllegalArgumentException e) {
            throw badRequest(text("submission.workbook.file.badHeader"), null);
        }
    }

    /** Basis and peildatum when either is sent; the one left out stays as stored. */
    private DraftChanges.BasisChoice basis(Draft stored, SaveRequest request) {
        if (request.basis() == null && request.peildatum() == null) {
            return null;
        }
        if (request.basis() != null && !request.basis().isBlank() && Basis.parse(request.basis()) == null) {
            throw badRequest(
                    text("submission.api.invalidValues"),
                    Map.of(
                            DetailsValidator.BASIS_FIELD,
                            messages.getMessage("submission.api.invalidBasis", new Object[] {request.basis()}, DUTCH)));
        }
        return new DraftChanges.BasisChoice(
                request.basis() != null
                        ? request.basis().strip().toUpperCase(Locale.ROOT)
                        : stored.details().basis(),
                request.peildatum() != null
                        ? request.peildatum()
                        : stored.details().peildatum());
    }

    /** Correction lines of the catalogue's tasks with a known kind (or none yet); anything else is refused. */
    private List<DraftDetails.Line> corrections(
            Questionnaire questionnaire, List<SubmissionApiDocuments.CorrectionDocument> sent) {
        if (sent == null) {
            return null;
        }
        List<DraftDetails.Line> lines = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            SubmissionApiDocuments.CorrectionDocument line = sent.get(i);
            String where = "corrections[" + i + "]";
            if (line == null
                    || line.task() == null
                    || questionnaire.catalog().task(line.task()).isEmpty()) {
                problems.put(
                        where,
                        messages.getMessage(
                                "submission.api.unknownTask", new Object[] {line == null ? null : line.task()}, DUTCH));
                continue;
            }
            if (line.kind() != null && !line.kind().isBlank() && CorrectionKind.parse(line.kind()) == null) {
                problems.put(
                        where, messages.getMessage("submission.api.invalidKind", new Object[] {line.kind()}, DUTCH));
                continue;
            }
            String amount;
            JsonNode value = line.amount();
            if (value == null || value.isNull()) {
                amount = null;
            } else if (value.isNumber() && DutchNumbers.withinBounds(value.decimalValue())) {
                amount = DutchFormat.forInput(value.decimalValue());
            } else if (value.isTextual()) {
                amount = value.textValue();
            } else {
                problems.put(where, messages.getMessage("submission.api.invalidValue", new Object[] {where}, DUTCH));
                continue;
            }
            CorrectionKind kind = CorrectionKind.parse(line.kind());
            lines.add(new DraftDetails.Line(line.task(), kind == null ? null : kind.name(), amount, line.reason()));
        }
        if (!problems.isEmpty()) {
            throw badRequest(text("submission.api.invalidValues"), problems);
        }
        return lines;
    }

    /** Fields left out of the request keep what is stored; only fields sent are changed. */
    private static DraftChanges.Closing closing(Draft current, SubmitRequest request) {
        Optional<SubmissionRow> row = current.row();
        return new DraftChanges.Closing(
                request.contactName() != null
                        ? request.contactName()
                        : row.map(SubmissionRow::contactName).orElse(null),
                request.contactEmail() != null
                        ? request.contactEmail()
                        : row.map(SubmissionRow::contactEmail).orElse(null),
                request.remarks() != null
                        ? request.remarks()
                        : row.map(SubmissionRow::remarks).orElse(null));
    }

    /** Explanations only for warnings the draft has now, like the page; anything else is refused. */
    private Map<String, String> explanations(SubmissionTarget target, Draft current, Map<String, String> sent) {
        if (sent == null || sent.isEmpty()) {
            return Map.of();
        }
        Set<String> warningKeys =
                submissions.validate(target.organisationId(), target.questionnaire(), current.raw()).warnings().stream()
                        .map(Finding::warningKey)
                        .collect(Collectors.toSet());
        Map<String, String> problems = new LinkedHashMap<>();
        // Keys of before related warnings shared an explanation (netCostChange:…) are still understood.
        Map<String, String> keyed = new LinkedHashMap<>();
        sent.forEach((key, text) -> keyed.put(Finding.currentWarningKey(key), text));
        keyed.keySet().stream()
                .filter(key -> !warningKeys.contains(key))
                .forEach(key -> problems.put(
                        abbreviate(key),
                        messages.getMessage("submission.api.unknownWarning", new Object[] {abbreviate(key)}, DUTCH)));
        if (!problems.isEmpty()) {
            throw badRequest(text("submission.api.unknownWarnings"), problems);
        }
        return keyed;
    }

    private static String abbreviate(String key) {
        return key.length() <= 120 ? key : key.substring(0, 120) + "…";
    }

    private Map<String, String> values(Questionnaire questionnaire, Map<String, JsonNode> sent) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        boolean unknown = false;
        boolean memberCapacity = false;
        if (sent != null) {
            for (Map.Entry<String, JsonNode> entry : sent.entrySet()) {
                String key = entry.getKey();
                JsonNode value = entry.getValue();
                if (questionnaire.refusesMemberCapacity(key)) {
                    memberCapacity = true;
                    problems.put(
                            key,
                            messages.getMessage(
                                    "submission.api.memberCapacityOnlyCooperation", new Object[] {key}, DUTCH));
                } else if (!questionnaire.contains(key)) {
                    unknown = true;
                    problems.put(key, messages.getMessage("submission.api.unknownField", new Object[] {key}, DUTCH));
                } else if (value == null || value.isNull()) {
                    values.put(key, "");
                } else if (value.isNumber()) {
                    BigDecimal number = value.decimalValue();
                    if (DutchNumbers.withinBounds(number)) {
                        values.put(key, DutchFormat.forInput(number));
                    } else {
                        problems.put(
                                key,
                                messages.getMessage(
                                        "submission.api.numberTooManyDigits",
                                        new Object[] {
                                            key,
                                            messages.getMessage(
                                                    DutchNumbers.ERROR_TOO_MANY_DIGITS,
                                                    new Object[] {DutchNumbers.MAX_DIGITS},
                                                    DUTCH)
                                        },
                                        DUTCH));
                    }
                } else if (value.isTextual()) {
                    values.put(key, value.textValue());
                } else {
                    problems.put(key, messages.getMessage("submission.api.invalidValue", new Object[] {key}, DUTCH));
                }
            }
        }
        if (!problems.isEmpty()) {
            String detail = memberCapacity
                    ? "submission.api.memberCapacityRefused"
                    : unknown ? "submission.api.unknownFields" : "submission.api.invalidValues";
            throw badRequest(text(detail), problems);
        }
        return values;
    }

    private void refuseTooLong(DraftChanges changes) {
        Map<String, Integer> tooLong = InputLimits.exceeded(changes);
        if (!tooLong.isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            tooLong.forEach((key, maximum) -> problems.put(
                    key, messages.getMessage("submission.api.tooLongField", new Object[] {key, maximum}, DUTCH)));
            throw badRequest(text("submission.api.tooLong"), problems);
        }
    }

    /** An e-mail address that is no address is refused before anything is stored, like a too long text. */
    private void refuseInvalidContact(DraftChanges changes) {
        Map<String, String> invalid = ContactEmail.refusals(changes);
        if (!invalid.isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            invalid.forEach((key, messageKey) -> problems.put(key, text(messageKey)));
            throw badRequest(text("submission.api.invalidContact"), problems);
        }
    }

    private void refuseUnsaved(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            throw new SubmissionApiException(
                    HttpStatus.CONFLICT,
                    "conflict",
                    messages.getMessage(
                            "submission.api.conflict",
                            new Object[] {conflict.draft().lockVersion()},
                            DUTCH),
                    null);
        }
        if (outcome instanceof SaveOutcome.NotEditable notEditable) {
            throw new SubmissionApiException(
                    HttpStatus.CONFLICT,
                    "conflict",
                    text(notEditable.messageKey("submission.api.notEditable", "api")),
                    null);
        }
    }

    private List<FindingDocument> blockers(Questionnaire questionnaire, Readiness readiness) {
        List<FindingDocument> blockers = new ArrayList<>(findings(questionnaire, readiness.errors()));
        for (ShownFinding warning : findingMessages.show(questionnaire, readiness.unexplained(), DUTCH)) {
            blockers.add(new FindingDocument(
                    warning.fieldKey(),
                    "explanationMissing",
                    warning.warningKey(),
                    messages.getMessage(
                            "submission.api.unexplained",
                            new Object[] {warning.warningKey(), warning.message()},
                            DUTCH)));
        }
        for (String problem : readiness.closingProblems()) {
            blockers.add(
                    new FindingDocument(null, problem.substring(problem.lastIndexOf('.') + 1), null, text(problem)));
        }
        return blockers;
    }

    private SubmissionDocument document(SubmissionTarget target, Draft draft) {
        Questionnaire questionnaire = target.questionnaire();
        ValidationResult validation =
                submissions.validate(target.organisationId(), questionnaire, draft.raw(), draft.details());
        List<VersionDocument> versions = draft.versions().stream()
                .map(v -> {
                    SubmissionBasis basis = submissions.versionBasis(v.id());
                    return new VersionDocument(
                            v.versionNo(),
                            v.submittedAt(),
                            v.submittedBy(),
                            v.reviewStatus().name(),
                            v.reviewRemark(),
                            v.reviewedAt(),
                            v.reviewedBy(),
                            basis.basis().name(),
                            basis.peildatum(),
                            submissions.versionCorrections(v.id()).stream()
                                    .map(c -> new SubmissionApiDocuments.VersionCorrectionDocument(
                                            c.taskCode(), c.kind().name(), c.amount(), c.reason()))
                                    .toList());
                })
                .toList();
        DraftDetails details = draft.details();
        return new SubmissionDocument(
                target.organisationId(),
                target.catalog().year(),
                target.catalog().code(),
                draft.status() == null ? "NIET_GESTART" : draft.status().name(),
                draft.lockVersion(),
                draft.raw(),
                validation.numbers(),
                validation.markers(),
                findings(questionnaire, validation.errors()),
                findings(questionnaire, validation.warnings()),
                draft.explanations(),
                new ContactDocument(draft.contactName(), draft.contactEmail(), draft.remarks()),
                details.chosenBasis().name(),
                details.peildatum(),
                details.corrections().stream()
                        .map(l -> new SubmissionApiDocuments.CorrectionDocument(
                                l.taskCode(),
                                l.kind(),
                                l.amount() == null ? null : TextNode.valueOf(l.amount()),
                                l.reason()))
                        .toList(),
                versions);
    }

    private List<FindingDocument> findings(Questionnaire questionnaire, List<Finding> findings) {
        return findingMessages.show(questionnaire, findings, DUTCH).stream()
                .map(f -> new FindingDocument(f.fieldKey(), f.rule(), f.warningKey(), f.message()))
                .toList();
    }

    private static SubmissionApiException badRequest(String detail, Object errors) {
        return new SubmissionApiException(HttpStatus.BAD_REQUEST, "badRequest", detail, errors);
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
