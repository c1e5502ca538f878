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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module catalogues per peiljaar. A catalogue is data, stored per year and module as one
 * document, so next year's benchmark can change tasks or definitions without a release.
 *
 * <p>A catalogue can be edited until its first submission (see {@link CatalogEditor}); each edit
 * raises the row's lock version. The cache holds a parsed catalogue under the version it was read
 * with and asks the database for the current version on every look-up (one primary-key read of
 * an integer), so an edit made through any application instance is seen by all of them at once.
 */
@Service
public class CatalogService {

    public static final String STANDARD_CATALOG = "catalog/standard-catalog.json";
    public static final List<String> MODULE_ORDER = List.of("PARTICIPATIE", "WMO", "JEUGD", "SCHULDHULPVERLENING");
    static final String AUDIT_YEAR = "peiljaar";
    static final String AUDIT_CATALOG = "catalogus";
    static final String SYSTEM_USER = "systeem";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private final int kMinimum;

    CatalogService(
            JdbcClient jdbc,
            ObjectMapper json,
            Clock clock,
            AuditLog audit,
            TransactionTemplate transactions,
            @Value("${maatstaf.benchmark.k-minimum:5}") int kMinimum) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
        this.transactions = transactions;
        this.kMinimum = Math.max(3, kMinimum);
    }

    /** The minimum number of reference organisations behind any reference figure; never below 3. */
    public int kMinimum() {
        return kMinimum;
    }

    /** How opening a peiljaar ended. Only {@link #OPENED} stored anything. */
    public enum OpenResult {
        OPENED,
        ALREADY_EXISTS,
        UNKNOWN_SOURCE
    }

    /** Opens a peiljaar with the standard catalogue of all four modules, unless it is already open. */
    public void openYearWithStandardCatalog(int year) {
        if (!years().contains(year)) {
            openYear(year, null, SYSTEM_USER);
        }
    }

    /**
     * Opens a peiljaar with the catalogues of an earlier peiljaar (each module's current version,
     * with the year replaced) or, without {@code sourceYear}, the standard catalogue. A task's
     * {@code previousCodes} are not copied: they point at the year before the source, and every
     * code of the source exists in the year before the new one.
     */
    public OpenResult openYear(int year, Integer sourceYear, String username) {
        List<JsonNode> modules = new ArrayList<>();
        if (sourceYear == null) {
            readStandardCatalog().get("modules").forEach(modules::add);
        } else {
            List<String> contents =
                    jdbc.sql("""
                            SELECT content FROM catalog_module WHERE peiljaar = :year ORDER BY module_code
                            """).param("year", sourceYear).query(String.class).list();
            if (contents.isEmpty()) {
                return OpenResult.UNKNOWN_SOURCE;
            }
            contents.forEach(content -> modules.add(readTree(content)));
        }
        try {
            return transactions.execute(status -> {
                if (status(year).isPresent()) {
                    return OpenResult.ALREADY_EXISTS;
                }
                OffsetDateTime at = OffsetDateTime.now(clock);
                jdbc.sql("INSERT INTO benchmark_year (peiljaar, status, created_at) VALUES (:year, :status, :at)")
                        .param("year", year)
                        .param("status", YearStatus.OPEN.name())
                        .param("at", at)
                        .update();
                String summary = sourceYear == null ? "standaardcatalogus" : "catalogus van peiljaar " + sourceYear;
                for (JsonNode module : modules) {
                    ObjectNode content = ((ObjectNode) module.deepCopy()).put("year", year);
                    for (JsonNode group : content.path("groups")) {
                        for (JsonNode task : group.path("tasks")) {
                            ((ObjectNode) task).remove("previousCodes");
                        }
                    }
                    String code = module.get("code").asText();
                    jdbc.sql("""
                                    INSERT INTO catalog_module (peiljaar, module_code, content, loaded_at, lock_version)
                                    VALUES (:year, :code, :content, :at, 0)
                                    """)
                            .param("year", year)
                            .param("code", code)
                            .param("content", write(content))
                            .param("at", at)
                            .update();
                    insertVersion(year, code, 0, write(content), at, username, "Geopend met de " + summary);
                }
                audit.record(new AuditEntry(
                        username, null, "GEOPEND", AUDIT_YEAR, String.valueOf(year), "catalogus", null, summary));
                return OpenResult.OPENED;
            });
        } catch (DuplicateKeyException openedMeanwhile) {
            // Opened by someone else between the check and the insert: the primary key decides.
            return OpenResult.ALREADY_EXISTS;
        }
    }

    /**
     * Closes or reopens a peiljaar; false when it does not exist or already has that status. In a
     * closed year no draft may be started or changed.
     */
    @Transactional
    public boolean changeStatus(int year, YearStatus to, String username) {
        YearStatus from = to == YearStatus.OPEN ? YearStatus.GESLOTEN : YearStatus.OPEN;
        int updated = jdbc.sql("UPDATE benchmark_year SET status = :to WHERE peiljaar = :year AND status = :from")
                .param("to", to.name())
                .param("from", from.name())
                .param("year", year)
                .update();
        if (updated == 0) {
            return false;
        }
        audit.record(
                AuditEntry.change(username, null, AUDIT_YEAR, String.valueOf(year), "status", from.name(), to.name()));
        return true;
    }

    /** Every peiljaar, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("SELECT peiljaar FROM benchmark_year ORDER BY peiljaar DESC")
                .query(Integer.class)
                .list();
    }

    /** Every peiljaar with its status, newest first. */
    @Transactional(readOnly = true)
    public List<BenchmarkYear> yearsWithStatus() {
        return jdbc.sql("SELECT peiljaar, status, created_at FROM benchmark_year ORDER BY peiljaar DESC")
                .query((rs, n) -> new BenchmarkYear(
                        rs.getInt("peiljaar"),
                        YearStatus.valueOf(rs.getString("status")),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<YearStatus> status(int year) {
        return jdbc.sql("SELECT status FROM benchmark_year WHERE peiljaar = :year")
                .param("year", year)
                .query(String.class)
                .optional()
                .map(YearStatus::valueOf);
    }

    /** Whether participants may start and change drafts in the peiljaar (false for an unknown one). */
    @Transactional(readOnly = true)
    public boolean isOpen(int year) {
        return status(year).map(s -> s == YearStatus.OPEN).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<ModuleCatalog> find(int year, String moduleCode) {
        return jdbc.sql("SELECT lock_version FROM catalog_module WHERE peiljaar = :year AND module_code = :code")
                .param("year", year)
                .param("code", moduleCode)
                .query(Integer.class)
                .optional()
                .map(version -> cached(year, moduleCode, version));
    }

    @Transactional(readOnly = true)
    public Optional<ModuleCatalog> findBySlug(int year, String slug) {
        return forYear(year).stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    /** The modules of a peiljaar in their fixed order. */
    @Transactional(readOnly = true)
    public List<ModuleCatalog> forYear(int year) {
        return jdbc
                .sql("SELECT module_code, lock_version FROM catalog_module WHERE peiljaar = :year")
                .param("year", year)
                .query((rs, n) -> cached(year, rs.getString("module_code"), rs.getInt("lock_version")))
                .list()
                .stream()
                .sorted(Comparator.comparingInt(m -> moduleOrder(m.code())))
                .toList();
    }

    /** The current version of a module's catalogue, or empty for an unknown year or module. */
    @Transactional(readOnly = true)
    public Optional<Integer> version(int year, String moduleCode) {
        return jdbc.sql("SELECT lock_version FROM catalog_module WHERE peiljaar = :year AND module_code = :code")
                .param("year", year)
                .param("code", moduleCode)
                .query(Integer.class)
                .optional();
    }

    /** Every version of a module's catalogue, newest first. */
    @Transactional(readOnly = true)
    public List<CatalogVersion> versions(int year, String moduleCode) {
        return jdbc.sql("""
                        SELECT version_no, changed_at, changed_by, change_summary FROM catalog_module_version
                        WHERE peiljaar = :year AND module_code = :code ORDER BY version_no DESC
                        """)
                .param("year", year)
                .param("code", moduleCode)
                .query((rs, n) -> new CatalogVersion(
                        rs.getInt("version_no"),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("changed_by"),
                        rs.getString("change_summary")))
                .list();
    }

    /** The number of organisations enrolled in a module of a peiljaar. */
    @Transactional(readOnly = true)
    public int enrolmentCount(int year, String moduleCode) {
        return jdbc.sql("SELECT COUNT(*) FROM participation WHERE peiljaar = :year AND module_code = :code")
                .param("year", year)
                .param("code", moduleCode)
                .query(Integer.class)
                .single();
    }

    /**
     * Stores a new version of a module's catalogue if the current one is still {@code
     * expectedVersion}; false otherwise. Joins the caller's transaction, which audits the change.
     */
    boolean storeVersion(
            int year, String moduleCode, ModuleCatalog content, int expectedVersion, String username, String summary) {
        String text = write(json.valueToTree(content));
        OffsetDateTime at = OffsetDateTime.now(clock);
        int updated = jdbc.sql("""
                        UPDATE catalog_module SET content = :content, loaded_at = :at, lock_version = lock_version + 1
                        WHERE peiljaar = :year AND module_code = :code AND lock_version = :version
                        """)
                .param("content", text)
                .param("at", at)
                .param("year", year)
                .param("code", moduleCode)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        insertVersion(year, moduleCode, expectedVersion + 1, text, at, username, summary);
        return true;
    }

    JsonNode tree(ModuleCatalog catalog) {
        return json.valueToTree(catalog);
    }

    private void insertVersion(
            int year, String moduleCode, int version, String content, OffsetDateTime at, String by, String summary) {
        jdbc.sql("""
                        INSERT INTO catalog_module_version
                            (peiljaar, module_code, version_no, content, changed_at, changed_by, change_summary)
                        VALUES (:year, :code, :version, :content, :at, :by, :summary)
                        """)
                .param("year", year)
                .param("code", moduleCode)
                .param("version", version)
                .param("content", content)
                .param("at", at)
                .param("by", by)
                .param("summary", summary.length() <= 4000 ? summary : summary.substring(0, 3999) + "…")
                .update();
    }

    private ModuleCatalog cached(int year, String moduleCode, int version) {
        String key = year + "/" + moduleCode;
        Cached cached = cache.get(key);
        if (cached != null && cached.version() == version) {
            return cached.catalog();
        }
        // Content and version in one read, so the cache never files a document under another version.
        Cached loaded = jdbc.sql("""
                        SELECT content, lock_version FROM catalog_module WHERE peiljaar = :year AND module_code = :code
                        """)
                .param("year", year)
                .param("code", moduleCode)
                .query((rs, n) -> new Cached(rs.getInt("lock_version"), read(rs.getString("content"))))
                .single();
        cache.merge(key, loaded, (old, now) -> now.version() >= old.version() ? now : old);
        return loaded.catalog();
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

    private JsonNode readTree(String content) {
        try {
            return json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored catalogue cannot be read", e);
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

    private record Cached(int version, ModuleCatalog catalog) {}
}
