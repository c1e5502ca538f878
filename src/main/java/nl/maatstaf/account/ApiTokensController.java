package nl.maatstaf.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.maatstaf.common.DutchTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The API tokens page: every logged-in user makes, lists and revokes its own tokens; the
 * beheerder sees and revokes everyone's (/beheer/** is for beheerders only). A new token is
 * shown in the answer to the POST that made it, and nowhere else: not in the session, not in a
 * flash attribute, not in the database.
 */
@Controller
class ApiTokensController {

    static final String PAGE = "/account/api-tokens";
    static final String ADMIN_PAGE = "/beheer/api-tokens";

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokensController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal MaatstafUser user, Model model) {
        return own(user, model, new ApiTokenRequest("", "READ", Integer.toString(ApiTokens.DEFAULT_VALIDITY_DAYS)));
    }

    @PostMapping(PAGE)
    String create(@AuthenticationPrincipal MaatstafUser user, @ModelAttribute ApiTokenRequest form, Model model) {
        try {
            ApiTokens.Issued issued = tokens.create(user, form, null);
            model.addAttribute("issued", issued.token());
            model.addAttribute("issuedName", issued.row().name());
            return page(user, model);
        } catch (ApiTokenRefused refused) {
            model.addAttribute("errors", refused.errors());
            model.addAttribute("formRefused", refused.messageKey());
            return own(user, model, form);
        }
    }

    @PostMapping(PAGE + "/{id}/intrekken")
    String revoke(@AuthenticationPrincipal MaatstafUser user, @PathVariable long id, RedirectAttributes redirect) {
        return revoked(user, id, redirect, PAGE);
    }

    @GetMapping(ADMIN_PAGE)
    String all(Model model) {
        model.addAttribute("beheerder", true);
        model.addAttribute("basePath", ADMIN_PAGE);
        model.addAttribute("tokens", views(tokens.all()));
        return "account/api-tokens";
    }

    @PostMapping(ADMIN_PAGE + "/{id}/intrekken")
    String revokeAny(@AuthenticationPrincipal MaatstafUser user, @PathVariable long id, RedirectAttributes redirect) {
        return revoked(user, id, redirect, ADMIN_PAGE);
    }

    private String own(MaatstafUser user, Model model, ApiTokenRequest form) {
        model.addAttribute("beheerder", false);
        model.addAttribute("basePath", PAGE);
        model.addAttribute("form", form);
        model.addAttribute("maxDays", ApiTokens.MAX_VALIDITY_DAYS);
        model.addAttribute("tokens", views(tokens.ofUser(user.id())));
        return "account/api-tokens";
    }

    private String revoked(MaatstafUser user, long id, RedirectAttributes redirect, String back) {
        try {
            ApiTokenRow token = tokens.revoke(user, id);
            redirect.addFlashAttribute("revoked", token.name());
        } catch (ApiTokenRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:" + back;
    }

    private List<TokenView> views(List<ApiTokenRow> rows) {
        Instant now = clock.instant();
        return rows.stream()
                .map(row -> new TokenView(
                        row,
                        row.state(now),
                        shown(row.createdAt()),
                        shown(row.expiresAt()),
                        shown(row.lastUsedAt()),
                        shown(row.revokedAt())))
                .toList();
    }

    private static String shown(Instant at) {
        return at == null ? "–" : DutchTime.format(at);
    }

    /** A token as the page lists it, times in Dutch time. */
    record TokenView(
            ApiTokenRow token,
            ApiTokenRow.State state,
            String created,
            String expires,
            String lastUsed,
            String revoked) {}
}
