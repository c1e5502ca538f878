package nl.maatstaf.organisation;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beheerder imports the CBS municipality list of a reference year (municipal mergers change it
 * almost every year): upload, a preview of the differences with the list in force, then confirm.
 * Until confirmed the checked list is held in the session only. Uploads are bounded by the
 * general request limit (maatstaf.request.max-size), far above a list's size.
 */
@Controller
class MunicipalityListController {

    static final String PENDING = "organisation.pendingMunicipalityList";
    private static final String PAGE = "/beheer/gemeenten";

    private final MunicipalityRegister register;
    private final OrganisationTexts texts;
    private final Clock clock;

    MunicipalityListController(MunicipalityRegister register, OrganisationTexts texts, Clock clock) {
        this.register = register;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String overview(Model model) {
        Map<Integer, Integer> years = register.referenceYears();
        Map<Integer, Map<String, String>> successions = new LinkedHashMap<>();
        years.keySet().forEach(year -> {
            Map<String, String> mergers = register.successions(year);
            if (!mergers.isEmpty()) {
                successions.put(year, mergers);
            }
        });
        model.addAttribute("referenceYears", years);
        model.addAttribute("inForce", inForceTexts(years.keySet()));
        model.addAttribute("successions", successions);
        return "organisation/municipalities";
    }

    @PostMapping(PAGE)
    String upload(
            @RequestParam(name = "jaar", required = false) String year,
            @RequestParam(name = "bestand", required = false) MultipartFile file,
            HttpSession session,
            Model model)
            throws IOException {
        Integer referenceYear = parseYear(year);
        if (referenceYear == null) {
            return refuse(model, texts.text("municipalities.error.year"), year);
        }
        if (file == null || file.isEmpty()) {
            return refuse(model, texts.text("municipalities.error.file"), year);
        }
        PendingImport pending;
        try {
            pending = register.check(file.getBytes(), referenceYear);
        } catch (InvalidMunicipalityListException e) {
            return refuse(model, texts.of(e), year);
        }
        session.setAttribute(PENDING, pending);
        return preview(pending, model);
    }

    @PostMapping(PAGE + "/bevestigen")
    String confirm(
            @AuthenticationPrincipal UserDetails user,
            @RequestParam Map<String, String> form,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending)
                || !pending.token().equals(form.get("token"))) {
            return refuse(model, texts.text("municipalities.error.noPending"), null);
        }
        Map<String, String> successors = new LinkedHashMap<>();
        register.preview(pending).disappeared().forEach(d -> {
            String given = form.get("opvolger." + d.code());
            if (given != null) {
                successors.put(d.code(), given);
            }
        });
        int stored;
        try {
            stored = register.confirm(pending, successors, user.getUsername());
        } catch (InvalidMunicipalityListException e) {
            if (e.problem().equals("successorGiven")) {
                model.addAttribute("errorText", texts.of(e));
                model.addAttribute("typedSuccessors", successors);
                return preview(pending, model);
            }
            session.removeAttribute(PENDING);
            return refuse(model, texts.of(e), null);
        }
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("imported", stored);
        redirect.addFlashAttribute("importedYear", String.valueOf(pending.referenceYear()));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/annuleren")
    String cancel(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:" + PAGE;
    }

    private String preview(PendingImport pending, Model model) {
        model.addAttribute("pending", pending);
        model.addAttribute("preview", register.preview(pending));
        if (model.getAttribute("typedSuccessors") == null) {
            model.addAttribute("typedSuccessors", Map.of());
        }
        return "organisation/municipalities-preview";
    }

    /** For each list the peiljaren it is in force for (the years come newest first). */
    private Map<Integer, String> inForceTexts(java.util.Set<Integer> newestFirst) {
        Map<Integer, String> texts = new LinkedHashMap<>();
        java.util.List<Integer> years = java.util.List.copyOf(newestFirst);
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            boolean newest = i == 0;
            boolean earliest = i == years.size() - 1;
            String lastYear = newest ? null : String.valueOf(years.get(i - 1) - 1);
            String key = newest && earliest
                    ? "municipalities.inForce.all"
                    : newest
                            ? "municipalities.inForce.from"
                            : earliest ? "municipalities.inForce.until" : "municipalities.inForce.range";
            texts.put(year, this.texts.text(key, String.valueOf(year), lastYear));
        }
        return texts;
    }

    private String refuse(Model model, String text, String year) {
        model.addAttribute("errorText", text);
        model.addAttribute("typedYear", year);
        return overview(model);
    }

    private Integer parseYear(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text.strip());
        return year >= OrganisationService.FIRST_YEAR && year <= OrganisationService.LAST_YEAR ? year : null;
    }
}
