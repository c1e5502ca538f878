package nl.maatstaf.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module catalogues per peiljaar. A catalogue is data, stored per year and module as one
 * document, so next year's benchmark can change tasks or definitions without a release.
 * Catalogues of a year are not changed once loaded, which is why caching them is safe even with
 * several application instances.
 */
@Service
public class CatalogService {

    public static final String STANDARD_CATALOG = "catalog/standard-catalog.json";
    public static final List<String> MODULE_ORDER = List.of("PARTICIPATIE", "WMO", "JEUGD", "SCHULDHULPVERLENING");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, ModuleCatalog> cache = new ConcurrentHashMap<>();

    CatalogService(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Opens a peiljaar with the standard catalogue of all four modules, unless it is already open. */
    @Transactional
    public void openYearWithStandardCatalog(int year) {
        if (years().contains(year)) {
            return;
        }
        jdbc.sql("INSERT INTO benchmark_year (peiljaar, status, created_at) VALUES (:year, 'OPEN', :at)")
                .param("year", year)
                .param("at", OffsetDateTime.now(clock))
                .update();
        for (JsonNode module : readStandardCatalog().get("modules")) {
            ObjectNode content = ((ObjectNode) module.deepCopy()).put("year", year);
            jdbc.sql("""
                            INSERT INTO catalog_module (peiljaar, module_code, content, loaded_at)
                            VALUES (:year, :code, :content, :at)
                            """)
                    .param("year", year)
                    .param("code", module.get("code").asText())
                    .param("content", write(content))
                    .param("at", OffsetDateTime.now(clock))
                    .update();
        }
    }

    /** Every peiljaar, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("SELECT peiljaar FROM benchmark_year ORDER BY peiljaar DESC")
                .query(Integer.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<ModuleCatalog> find(int year, String moduleCode) {
        String key = year + "/" + moduleCode;
        ModuleCatalog cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ModuleCatalog> loaded = jdbc.sql(
                        "SELECT content FROM catalog_module WHERE peiljaar = :year AND module_code = :code")
                .param("year", year)
                .param("code", moduleCode)
                .query(String.class)
                .optional()
                .map(this::read);
        loaded.ifPresent(catalog -> cache.put(key, catalog));
        return loaded;
    }

    @Transactional(readOnly = true)
    public Optional<ModuleCatalog> findBySlug(int year, String slug) {
        return forYear(year).stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    /** The modules of a peiljaar in their fixed order. */
    @Transactional(readOnly = true)
    public List<ModuleCatalog> forYear(int year) {
        return jdbc
                .sql("SELECT module_code FROM catalog_module WHERE peiljaar = :year")
                .param("year", year)
                .query(String.class)
                .list()
                .stream()
                .map(code -> find(year, code).orElseThrow())
                .sorted(Comparator.comparingInt(m -> moduleOrder(m.code())))
                .toList();
    }

    private static int moduleOrder(String code) {
        int index = MODULE_ORDER.indexOf(code);
        return index < 0 ? MODULE_ORDER.size() : index;
    }

    private JsonNode readStandardCatalog() {
        try (InputStream in = new ClassPathResource(STANDARD_CATALOG).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The standard catalogue cannot be read", e);
        }
    }

    private ModuleCatalog read(String content) {
        try {
            return json.readValue(content, ModuleCatalog.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored catalogue cannot be read", e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
