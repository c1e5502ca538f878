package nl.maatstaf.submission;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;

/** Module catalogues from the shipped standard catalogue, for tests without a database. */
final class Catalogs {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Catalogs() {}

    static Questionnaire questionnaire(String moduleCode, int year) {
        return Questionnaire.of(module(moduleCode, year));
    }

    static ModuleCatalog module(String moduleCode, int year) {
        try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(CatalogService.STANDARD_CATALOG)) {
            for (JsonNode module : JSON.readTree(in).get("modules")) {
                if (module.get("code").asText().equals(moduleCode)) {
                    ObjectNode copy = module.deepCopy();
                    copy.put("year", year);
                    return JSON.treeToValue(copy, ModuleCatalog.class);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("No module " + moduleCode);
    }
}
