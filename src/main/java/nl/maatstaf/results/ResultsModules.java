package nl.maatstaf.results;

import java.util.Locale;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.stereotype.Component;

/** Finds a module of a peiljaar from a URL: by slug (pages) or catalogue code (API). */
@Component
class ResultsModules {

    private final CatalogService catalog;

    ResultsModules(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** @throws ResultsNotFoundException for anything that is not a module of an existing year */
    ModuleCatalog resolve(String year, String module) {
        int peiljaar = parseYear(year);
        return catalog.findBySlug(peiljaar, module.toLowerCase(Locale.ROOT))
                .or(() -> catalog.find(peiljaar, module.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new ResultsNotFoundException("Unknown module"));
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw new ResultsNotFoundException("Not a year");
        }
    }
}
