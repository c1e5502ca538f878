package nl.maatstaf.organisation;

import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beheerder's organisation pages: the list, registering a municipality or a cooperation,
 * renaming, (de)activating, and a cooperation's members per peiljaar. Every refusal is shown at
 * its field in Dutch, with what was typed kept.
 */
@Controller
class OrganisationPagesController {

    private static final String LIST = "/beheer/organisaties";

    private final OrganisationService organisations;
    private final MunicipalityRegister municipalities;
    private final OrganisationTexts texts;
    private final Clock clock;

    OrganisationPagesController(
            OrganisationService organisations,
            MunicipalityRegister municipalities,
            OrganisationTexts texts,
            Clock clock) {
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.texts = texts;
        this.clock = clock;
    }

    /** What the registration forms post. */
    record MunicipalityForm(String gemeente) {}

    record CooperationForm(String naam, String leden) {}

    record RenameForm(String naam, String versie) {}

    record ActivationForm(String actief, String versie) {}

    record MemberForm(String gemeente, String jaar, String versie) {}

    @GetMapping(LIST)
    String list(Model model) {
        int year = Year.now(clock).getValue();
        List<Organisation> all = organisations.all(year);
        Set<String> registered = all.stream().map(Organisation::code).collect(Collectors.toSet());
        model.addAttribute("organisations", all);
        model.addAttribute("year", year);
        model.addAttribute(
                "unregistered",
                municipalities.inForce(year).stream()
                        .filter(m -> !registered.contains(m.code()))
                        .toList());
        model.addAttribute("allMunicipalities", municipalities.inForce(year));
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        return "organisation/organisations";
    }

    @PostMapping(LIST + "/gemeente")
    String registerMunicipality(
            @AuthenticationPrincipal UserDetails user,
            @ModelAttribute MunicipalityForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = organisations.registerMunicipality(resolve(form.gemeente()), user.getUsername());
            registered(redirect, id);
            return "redirect:" + LIST;
        } catch (OrganisationRefusedException e) {
            model.addAttribute("errors", Map.of("gemeente", texts.of(e)));
            model.addAttribute("municipalityForm", form);
            return list(model);
        }
    }

    @PostMapping(LIST + "/samenwerking")
    String registerCooperation(
            @AuthenticationPrincipal UserDetails user,
            @ModelAttribute CooperationForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = organisations.registerCooperation(form.naam(), members(form.leden()), user.getUsername());
            registered(redirect, id);
            return "redirect:" + LIST;
        } catch (OrganisationRefusedException e) {
            model.addAttribute("errors", Map.of(e.field().equals("name") ? "naam" : "leden", texts.of(e)));
            model.addAttribute("cooperationForm", form);
            return list(model);
        }
    }

    @GetMapping(LIST + "/{id}")
    String organisation(
            @PathVariable String id, @RequestParam(name = "jaar", required = false) String yearText, Model model) {
        long organisationId = id(id);
        int year = Optional.ofNullable(year(yearText)).orElse(Year.now(clock).getValue());
        Organisation organisation = organisations
                .find(organisationId, year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisation", organisation);
        model.addAttribute("year", year);
        model.addAttribute("version", organisations.version(organisationId));
        model.addAttribute("memberships", organisations.memberships(organisationId));
        model.addAttribute(
                "referenceYear", municipalities.referenceYearInForce(year).orElse(0));
        model.addAttribute("allMunicipalities", municipalities.inForce(year));
        if (model.getAttribute("errors") == null) {
            model.addAttribute("errors", Map.of());
        }
        return "organisation/organisation";
    }

    @PostMapping(LIST + "/{id}/naam")
    String rename(
            @AuthenticationPrincipal UserDetails user,
            @PathVariable String id,
            @ModelAttribute RenameForm form,
            Model model,
            RedirectAttributes redirect) {
        long organisationId = id(id);
        try {
            organisations.update(organisationId, form.naam(), null, version(form.versie()), user.getUsername());
            redirect.addFlashAttribute("saved", "organisation.saved.name");
            return "redirect:" + LIST + "/" + organisationId;
        } catch (OrganisationRefusedException e) {
            return refused(organisationId, e, "naam", model, Map.of("naam", form.naam() == null ? "" : form.naam()));
        }
    }

    @PostMapping(LIST + "/{id}/activering")
    String activate(
            @AuthenticationPrincipal UserDetails user,
            @PathVariable String id,
            @ModelAttribute ActivationForm form,
            Model model,
            RedirectAttributes redirect) {
        long organisationId = id(id);
        boolean active = "true".equals(form.actief());
        try {
            organisations.update(organisationId, null, active, version(form.versie()), user.getUsername());
            redirect.addFlashAttribute(
                    "saved", active ? "organisation.saved.activated" : "organisation.saved.deactivated");
            return "redirect:" + LIST + "/" + organisationId;
        } catch (OrganisationRefusedException e) {
            return refused(organisationId, e, "activering", model, Map.of());
        }
    }

    @PostMapping(LIST + "/{id}/leden")
    String addMember(
            @AuthenticationPrincipal UserDetails user,
            @PathVariable String id,
            @ModelAttribute MemberForm form,
            Model model,
            RedirectAttributes redirect) {
        long organisationId = id(id);
        try {
            int year = requiredYear(form.jaar());
            organisations.addMember(
                    organisationId, resolve(form.gemeente()), year, version(form.versie()), user.getUsername());
            redirect.addFlashAttribute("saved", "organisation.saved.memberAdded");
            return "redirect:" + LIST + "/" + organisationId + "?jaar=" + year;
        } catch (OrganisationRefusedException e) {
            return refused(organisationId, e, "lidVanaf", model, typed(form));
        }
    }

    @PostMapping(LIST + "/{id}/leden/einde")
    String endMembership(
            @AuthenticationPrincipal UserDetails user,
            @PathVariable String id,
            @ModelAttribute MemberForm form,
            Model model,
            RedirectAttributes redirect) {
        long organisationId = id(id);
        try {
            int year = requiredYear(form.jaar());
            organisations.endMembership(
                    organisationId, resolve(form.gemeente()), year, version(form.versie()), user.getUsername());
            redirect.addFlashAttribute("saved", "organisation.saved.membershipEnded");
            return "redirect:" + LIST + "/" + organisationId + "?jaar=" + (year + 1);
        } catch (OrganisationRefusedException e) {
            return refused(organisationId, e, "lidTot", model, Map.of());
        }
    }

    /** Flash attributes live in the session, so only plain text goes there. */
    private void registered(RedirectAttributes redirect, long id) {
        Organisation organisation = organisations.find(id).orElseThrow();
        redirect.addFlashAttribute("registeredName", organisation.name());
        redirect.addFlashAttribute("registeredCode", organisation.code());
    }

    private String refused(
            long organisationId, OrganisationRefusedException e, String form, Model model, Map<String, String> typed) {
        if (e.reason() == OrganisationRefusedException.Reason.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("errors", Map.of(form, texts.of(e)));
        model.addAttribute("typed", typed);
        return organisation(String.valueOf(organisationId), null, model);
    }

    private static Map<String, String> typed(MemberForm form) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("gemeente", form.gemeente() == null ? "" : form.gemeente());
        typed.put("jaar", form.jaar() == null ? "" : form.jaar());
        return typed;
    }

    /** The members typed one per line or separated by commas or semicolons. */
    private List<String> members(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\r\\n]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(this::resolve)
                .toList();
    }

    /** A municipality typed as its code or as its name (as the list picker fills in "GM0363 Amsterdam"). */
    private String resolve(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.strip();
        String first = text.split("\\s+", 2)[0];
        if (MunicipalityCodes.normalize(first).isPresent()) {
            return first;
        }
        return municipalities.inForce(Year.now(clock).getValue()).stream()
                .filter(m -> m.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
                .map(Municipality::code)
                .findFirst()
                .orElse(text);
    }

    private static long id(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Long.parseLong(text);
    }

    private static Integer year(String text) {
        return text != null && text.strip().matches("\\d{4}") ? Integer.valueOf(text.strip()) : null;
    }

    private static int requiredYear(String text) {
        Integer year = year(text);
        if (year == null) {
            throw new OrganisationRefusedException(
                    OrganisationRefusedException.Reason.YEAR_OUT_OF_RANGE,
                    "year",
                    String.valueOf(OrganisationService.FIRST_YEAR),
                    String.valueOf(OrganisationService.LAST_YEAR));
        }
        return year;
    }

    /** A missing or garbled version is stale by definition: the page is reloaded with the stored one. */
    private static int version(String text) {
        return text != null && text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
    }
}
