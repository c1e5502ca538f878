package nl.maatstaf.registration;

import java.util.Locale;
import java.util.Optional;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/** Finds the organisation and the module a page or API path names, from text as typed. */
@Component
class RegistrationTargets {

    private final CatalogService catalog;
    private final OrganisationService organisations;

    RegistrationTargets(CatalogService catalog, OrganisationService organisations) {
        this.catalog = catalog;
        this.organisations = organisations;
    }

    Optional<Organisation> organisation(String id) {
        if (id == null || !id.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return organisations.find(Long.parseLong(id.strip()));
    }

    /** The module by catalogue code (WMO) or slug (wmo). */
    Optional<ModuleCatalog> module(String year, String module) {
        if (year == null || module == null || !year.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int peiljaar = Integer.parseInt(year.strip());
        return catalog.findBySlug(peiljaar, module.strip().toLowerCase(Locale.ROOT))
                .or(() -> catalog.find(peiljaar, module.strip().toUpperCase(Locale.ROOT)));
    }

    Optional<Integer> year(String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        int peiljaar = Integer.parseInt(year.strip());
        return catalog.years().contains(peiljaar) ? Optional.of(peiljaar) : Optional.empty();
    }

    /** What the client sent, short enough to repeat in a message. */
    static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
