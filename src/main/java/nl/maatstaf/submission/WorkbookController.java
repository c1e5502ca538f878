package nl.maatstaf.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The questionnaire as an Excel workbook: download (pre-filled), upload (all or nothing), the
 * last uploaded file, and starting from last year's figures. Uploads come only from the
 * organisation's own deelnemers; the organisation always comes from the session.
 */
@Controller
@RequestMapping("/aanleveren/{year}/{slug}")
class WorkbookController {

    private final SubmissionAccess access;
    private final SubmissionService submissions;
    private final QuestionnaireWorkbook workbook;
    private final WorkbookUploads uploads;
    private final PreviousYearCopy previousYearCopy;
    private final QuestionnairePage page;
    private final MessageSource messages;

    WorkbookController(
            SubmissionAccess access,
            SubmissionService submissions,
            QuestionnaireWorkbook workbook,
            WorkbookUploads uploads,
            PreviousYearCopy previousYearCopy,
            QuestionnairePage page,
            MessageSource messages) {
        this.access = access;
        this.submissions = submissions;
        this.workbook = workbook;
        this.uploads = uploads;
        this.previousYearCopy = previousYearCopy;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/vragenlijst.xlsx")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) Long organisatie,
            Locale locale) {
        SubmissionTarget target = access.forPage(user, year, slug, organisatie, false);
        Draft draft = submissions.load(target.organisationId(), target.catalog());
        access.recordBeheerderAccess(user, target, draft);
        return file(QuestionnaireWorkbook.fileName(target), workbook.write(target, draft, locale));
    }

    @GetMapping("/werkmap/laatste.xlsx")
    ResponseEntity<byte[]> lastUpload(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) Long organisatie) {
        SubmissionTarget target = access.forPage(user, year, slug, organisatie, false);
        Optional<WorkbookUploads.KeptFile> kept = uploads.latestFile(target);
        if (kept.isEmpty()) {
            throw new SubmissionNotFoundException("No upload yet");
        }
        access.recordBeheerderAccess(user, target, submissions.load(target.organisationId(), target.catalog()));
        return file(kept.get().fileName(), kept.get().content());
    }

    @PostMapping("/werkmap")
    String upload(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "werkmap", required = false) MultipartFile file,
            @RequestParam(name = "lockVersion", required = false) String lockVersion,
            Locale locale,
            Model model) {
        if (user.isBeheerder()) {
            throw new SubmissionForbiddenException("Only the organisation's own deelnemers upload workbooks");
        }
        SubmissionTarget target = access.forPage(user, year, slug, null, true);
        if (file == null || file.isEmpty()) {
            Draft draft = submissions.load(target.organisationId(), target.catalog());
            return render(user, target, draft, model, locale, "error", text("submission.workbook.noFile", locale));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            content = new byte[0];
        }
        UploadOutcome outcome =
                uploads.upload(user, target, lockVersion(lockVersion), file.getOriginalFilename(), content, locale);
        if (outcome.fileError() != null) {
            String view = render(user, target, outcome.draft(), model, locale, "error", null);
            model.addAttribute("workbookFileError", text(outcome.fileError(), locale));
            return view;
        }
        String view = render(
                user,
                target,
                outcome.draft(),
                model,
                locale,
                outcome.accepted() ? "success" : "error",
                outcome.accepted()
                        ? text("submission.workbook.accepted", locale, outcome.changedFields())
                        : text(outcome.alert(), locale));
        model.addAttribute("uploadProblems", outcome.problems());
        return view;
    }

    @PostMapping("/vorig-jaar")
    String copyPreviousYear(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable int year,
            @PathVariable String slug,
            @RequestParam(name = "organisatie", required = false) Long organisatie,
            @RequestParam(name = "lockVersion", required = false) String lockVersion,
            Locale locale,
            Model model) {
        SubmissionTarget target = access.forPage(user, year, slug, organisatie, true);
        PreviousYearCopy.Result result = previousYearCopy.copy(user, target, lockVersion(lockVersion));
        return render(
                user,
                target,
                result.draft(),
                model,
                locale,
                result.copied() ? "success" : "error",
                text(result.messageKey(), locale, result.year(), result.fields()));
    }

    private String render(
            MaatstafUser user,
            SubmissionTarget target,
            Draft draft,
            Model model,
            Locale locale,
            String kind,
            String message) {
        access.recordBeheerderAccess(user, target, draft);
        model.addAllAttributes(page.model(
                target,
                draft,
                "A",
                PageState.plain(),
                user.isBeheerder(),
                user.mayEdit(target.organisationId()),
                locale));
        model.addAttribute("workbookMessage", message);
        model.addAttribute("workbookMessageKind", kind);
        return "submission/questionnaire";
    }

    private static ResponseEntity<byte[]> file(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(WorkbookLayout.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    // A missing or mangled lock version can never match, so the save is refused as a conflict.
    private static int lockVersion(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
