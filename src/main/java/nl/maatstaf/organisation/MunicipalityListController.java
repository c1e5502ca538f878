package nl.maatstaf.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
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
 * The beheerder imports a newer CBS municipality list (municipal mergers change it almost every
 * year). Inhabitants of organisations then come from the newest list; older lists stay.
 */
@Controller
class MunicipalityListController {

    private final MunicipalityRegister register;

    MunicipalityListController(MunicipalityRegister register) {
        this.register = register;
    }

    @GetMapping("/beheer/gemeenten")
    String overview(Model model) {
        model.addAttribute("referenceYears", register.referenceYears());
        return "organisation/municipalities";
    }

    @PostMapping("/beheer/gemeenten")
    String importList(
            @AuthenticationPrincipal UserDetails user,
            @RequestParam(name = "jaar", required = false) String year,
            @RequestParam(name = "bestand", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Integer referenceYear = parseYear(year);
        if (referenceYear == null) {
            return refuse(model, "municipalities.error.year", 0);
        }
        if (file == null || file.isEmpty()) {
            return refuse(model, "municipalities.error.file", 0);
        }
        int imported;
        try (InputStream in = file.getInputStream()) {
            imported = register.importList(in, referenceYear, user.getUsername());
        } catch (InvalidMunicipalityListException e) {
            return refuse(model, "municipalities.error." + e.problem(), e.lineNumber());
        }
        redirect.addFlashAttribute("imported", imported);
        redirect.addFlashAttribute("importedYear", String.valueOf(referenceYear));
        return "redirect:/beheer/gemeenten";
    }

    private String refuse(Model model, String messageKey, int lineNumber) {
        model.addAttribute("errorKey", messageKey);
        model.addAttribute("errorLine", lineNumber);
        return overview(model);
    }

    private static Integer parseYear(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text.strip());
        return year >= 2000 && year <= Year.now().getValue() + 1 ? year : null;
    }
}
