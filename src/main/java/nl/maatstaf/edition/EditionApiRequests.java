package nl.maatstaf.edition;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What every edition API path checks first, in one place: the caller is the beheerder, the
 * peiljaar and module exist (by catalogue code or slug), and refusals carry Dutch text.
 */
@Component
class EditionApiRequests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final CatalogService catalog;
    private final MessageSource messages;

    EditionApiRequests(CatalogService catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    /** Accepts the catalogue code or the slug, like the other API paths. */
    ModuleCatalog module(String year, String module) {
        if (year.matches("\\d{4}")) {
            int peiljaar = Integer.parseInt(year);
            Optional<ModuleCatalog> found = catalog.findBySlug(peiljaar, module.toLowerCase(Locale.ROOT))
                    .or(() -> catalog.find(peiljaar, module.toUpperCase(Locale.ROOT)));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new EditionApiException(
                HttpStatus.NOT_FOUND, "notFound", text("edition.api.notFound", abbreviate(year), abbreviate(module)));
    }

    void requireBeheerder(MaatstafUser user) {
        if (user == null || !user.isBeheerder()) {
            throw new EditionApiException(HttpStatus.FORBIDDEN, "forbidden", text("edition.api.forbidden"));
        }
    }

    EditionApiException invalid(Map<String, String> errors) {
        return new EditionApiException(
                HttpStatus.UNPROCESSABLE_ENTITY, "invalid", text("edition.api.invalid"), errors, List.of());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }

    /** What the client sent, short enough to repeat in a message. */
    static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
