package nl.maatstaf.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CBS list of municipalities, per reference year. A peiljaar uses the list of the largest
 * reference year not after it (or the earliest list when there is none), so importing a newer
 * list never changes an older peiljaar; and a list in force for a peiljaar that was ever
 * published cannot be replaced. The 2019 list ships with the platform.
 */
@Service
public class MunicipalityRegister {

    public static final String AUDIT_ENTITY = "gemeentelijst";
    static final int SHIPPED_REFERENCE_YEAR = 2019;
    private static final String SHIPPED_LIST = "reference/gemeenten-2019.csv";
    private static final String SYSTEM_USER = "systeem";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final AuditLog audit;
    private final PublishedPeiljaren published;
    private final Clock clock;

    MunicipalityRegister(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            AuditLog audit,
            PublishedPeiljaren published,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
    }

    /** Loads the shipped list unless it is already there. */
    @Transactional
    public void ensureShippedListLoaded() {
        Integer present = jdbc.sql("SELECT COUNT(*) FROM municipality WHERE reference_year = :year")
                .param("year", SHIPPED_REFERENCE_YEAR)
                .query(Integer.class)
                .single();
        if (present == 0) {
            try (InputStream in = new ClassPathResource(SHIPPED_LIST).getInputStream()) {
                store(SHIPPED_REFERENCE_YEAR, MunicipalityFile.read(in.readAllBytes()), Map.of(), SYSTEM_USER);
            } catch (IOException e) {
                throw new UncheckedIOException("The shipped municipality list cannot be read", e);
            }
        }
    }

    /** The reference year of the list in force for the peiljaar; empty when there is no list at all. */
    @Transactional(readOnly = true)
    public OptionalInt referenceYearInForce(int peiljaar) {
        return inForce(referenceYears().keySet(), peiljaar);
    }

    /** The municipalities of the list in force for the peiljaar, ordered by name. */
    @Transactional(readOnly = true)
    public List<Municipality> inForce(int peiljaar) {
        OptionalInt year = referenceYearInForce(peiljaar);
        return year.isEmpty() ? List.of() : list(year.getAsInt());
    }

    /** The municipalities of one reference year's list, ordered by name. */
    @Transactional(readOnly = true)
    public List<Municipality> list(int referenceYear) {
        return jdbc.sql("""
                        SELECT code, name, province, inhabitants, reference_year, households FROM municipality
                        WHERE reference_year = :year ORDER BY name, code
                        """)
                .param("year", referenceYear)
                .query(Municipality.class)
                .list();
    }

    /** The mergers recorded with a reference year's list: disappeared code to successor code. */
    @Transactional(readOnly = true)
    public Map<String, String> successions(int referenceYear) {
        Map<String, String> successions = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT code, successor_code FROM municipality_succession
                        WHERE reference_year = :year ORDER BY code
                        """)
                .param("year", referenceYear)
                .query((rs, n) -> successions.put(rs.getString(1), rs.getString(2)))
                .list();
        return successions;
    }

    /** How many municipalities each imported reference year holds, newest first. */
    @Transactional(readOnly = true)
    public Map<Integer, Integer> referenceYears() {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT reference_year, COUNT(*) FROM municipality GROUP BY reference_year ORDER BY reference_year DESC")
                .query((rs, n) -> years.put(rs.getInt(1), rs.getInt(2)))
                .list();
        return years;
    }

    /** The latest known figures of every municipality, ordered by name. */
    @Transactional(readOnly = true)
    public List<Municipality> latest() {
        return jdbc.sql("""
                        SELECT m.code, m.name, m.province, m.inhabitants, m.reference_year, m.households
                        FROM municipality m
                        WHERE m.reference_year = (SELECT MAX(x.reference_year) FROM municipality x WHERE x.code = m.code)
                        ORDER BY m.name
                        """).query(Municipality.class).list();
    }

    /**
     * The municipality as in the list in force for the current calendar year or, when that list
     * does not have it (a municipality of a newer list), as in the latest list that has it.
     */
    @Transactional(readOnly = true)
    public Optional<Municipality> find(String code) {
        OptionalInt today = referenceYearInForce(Year.now(clock).getValue());
        Optional<Municipality> current = today.isEmpty()
                ? Optional.empty()
                : jdbc.sql("""
                                SELECT code, name, province, inhabitants, reference_year, households FROM municipality
                                WHERE code = :code AND reference_year = :year
                                """)
                        .param("code", code)
                        .param("year", today.getAsInt())
                        .query(Municipality.class)
                        .optional();
        return current.or(() ->
                jdbc.sql("""
                        SELECT code, name, province, inhabitants, reference_year, households FROM municipality
                        WHERE code = :code ORDER BY reference_year DESC LIMIT 1
                        """).param("code", code).query(Municipality.class).optional());
    }

    /**
     * Checks an uploaded list for reference year {@code referenceYear} without storing anything:
     * the file itself, that it is not partial compared with the list in force, and that the list
     * may be replaced at all.
     *
     * @throws InvalidMunicipalityListException with what is wrong
     */
    @Transactional(readOnly = true)
    public PendingImport check(byte[] content, int referenceYear) {
        refuseWhenPublished(referenceYear);
        MunicipalityFile.Contents contents = MunicipalityFile.read(content);
        List<Municipality> base = base(referenceYear);
        if (contents.municipalities().size() * 2 < base.size()) {
            throw new InvalidMunicipalityListException(
                    0, "partial", contents.municipalities().size(), base.size());
        }
        return new PendingImport(UUID.randomUUID().toString(), referenceYear, contents, basis(referenceYear));
    }

    /** The differences between the pending list and the list in force for its year. */
    @Transactional(readOnly = true)
    public ListPreview preview(PendingImport pending) {
        int year = pending.referenceYear();
        List<Municipality> base = base(year);
        Map<String, Municipality> before = new LinkedHashMap<>();
        base.forEach(m -> before.put(m.code(), m));
        Map<String, MunicipalityFile.Entry> after = new LinkedHashMap<>();
        pending.contents().municipalities().forEach(e -> after.put(e.code(), e));
        List<Municipality> added = new ArrayList<>();
        List<ListPreview.Renamed> renamed = new ArrayList<>();
        List<ListPreview.Changed> changed = new ArrayList<>();
        for (MunicipalityFile.Entry entry : pending.contents().municipalities()) {
            Municipality old = before.get(entry.code());
            if (old == null) {
                added.add(municipality(entry, year));
                continue;
            }
            if (!old.name().equals(entry.name())) {
                renamed.add(new ListPreview.Renamed(entry.code(), old.name(), entry.name()));
            }
            if (!old.province().equals(entry.province())) {
                changed.add(new ListPreview.Changed(
                        entry.code(), entry.name(), "province", old.province(), entry.province()));
            }
            if (old.inhabitants() != entry.inhabitants()) {
                changed.add(new ListPreview.Changed(
                        entry.code(),
                        entry.name(),
                        "inhabitants",
                        dutch(old.inhabitants()),
                        dutch(entry.inhabitants())));
            }
            if (!Objects.equals(old.households(), entry.households())) {
                changed.add(new ListPreview.Changed(
                        entry.code(),
                        entry.name(),
                        "households",
                        old.households() == null ? null : dutch(old.households()),
                        entry.households() == null ? null : dutch(entry.households())));
            }
        }
        List<ListPreview.Disappeared> disappeared = base.stream()
                .filter(m -> !after.containsKey(m.code()))
                .sorted(Comparator.comparing(Municipality::code))
                .map(m -> new ListPreview.Disappeared(
                        m.code(), m.name(), pending.contents().successors().get(m.code())))
                .toList();
        added.sort(Comparator.comparing(Municipality::code));
        OptionalInt baseYear = baseYear(year);
        return new ListPreview(
                year,
                baseYear.isPresent() ? baseYear.getAsInt() : null,
                referenceYears().containsKey(year),
                after.size(),
                added,
                disappeared,
                renamed,
                changed);
    }

    /**
     * Stores the pending list, replacing the list of its reference year, with the mergers of the
     * file and those the beheerder gave for disappeared municipalities: all or nothing, audited.
     *
     * @param successors disappeared code to successor code as typed (blank: unknown)
     * @return the number of municipalities stored
     */
    @Transactional
    public int confirm(PendingImport pending, Map<String, String> successors, String username) {
        int year = pending.referenceYear();
        refuseWhenPublished(year);
        if (!basis(year).equals(pending.basis())) {
            throw new InvalidMunicipalityListException(0, "stale");
        }
        Set<String> codes = pending.contents().municipalities().stream()
                .map(MunicipalityFile.Entry::code)
                .collect(Collectors.toSet());
        Map<String, String> mergers = new LinkedHashMap<>(pending.contents().successors());
        for (Map.Entry<String, String> given : successors.entrySet()) {
            if (given.getValue() == null || given.getValue().isBlank()) {
                continue;
            }
            String successor = MunicipalityCodes.normalize(given.getValue())
                    .filter(codes::contains)
                    .filter(code -> !code.equals(given.getKey()))
                    .orElseThrow(() -> new InvalidMunicipalityListException(
                            0,
                            "successorGiven",
                            given.getKey(),
                            given.getValue().strip()));
            mergers.put(given.getKey(), successor);
        }
        return store(year, pending.contents(), mergers, username);
    }

    private int store(int year, MunicipalityFile.Contents contents, Map<String, String> mergers, String username) {
        boolean replacing = referenceYears().containsKey(year);
        jdbc.sql("DELETE FROM municipality_succession WHERE reference_year = :year")
                .param("year", year)
                .update();
        jdbc.sql("DELETE FROM municipality WHERE reference_year = :year")
                .param("year", year)
                .update();
        // One batch: a whole list is a few hundred rows.
        batch.batchUpdate(
                """
                INSERT INTO municipality (code, reference_year, name, province, inhabitants, households)
                VALUES (:code, :year, :name, :province, :inhabitants, :households)
                """,
                contents.municipalities().stream()
                        .map(m -> new MapSqlParameterSource()
                                .addValue("code", m.code())
                                .addValue("year", year)
                                .addValue("name", m.name())
                                .addValue("province", m.province())
                                .addValue("inhabitants", m.inhabitants())
                                .addValue("households", m.households(), java.sql.Types.INTEGER))
                        .toArray(SqlParameterSource[]::new));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Map.Entry<String, String> merger : mergers.entrySet()) {
            jdbc.sql("""
                            INSERT INTO municipality_succession
                                (code, reference_year, successor_code, recorded_at, recorded_by)
                            VALUES (:code, :year, :successor, :at, :by)
                            """)
                    .param("code", merger.getKey())
                    .param("year", year)
                    .param("successor", merger.getValue())
                    .param("at", now)
                    .param("by", username)
                    .update();
            audit.record(new AuditEntry(
                    username,
                    null,
                    "GEMEENTE_OPGEVOLGD",
                    AUDIT_ENTITY,
                    String.valueOf(year),
                    merger.getKey(),
                    null,
                    merger.getValue()));
        }
        audit.record(new AuditEntry(
                username,
                null,
                "GEMEENTELIJST_GEIMPORTEERD",
                AUDIT_ENTITY,
                String.valueOf(year),
                replacing ? "vervangen" : "nieuw",
                null,
                contents.municipalities().size() + " gemeenten"));
        return contents.municipalities().size();
    }

    /** Refuses when the list would be in force for a peiljaar that was published. */
    private void refuseWhenPublished(int referenceYear) {
        Set<Integer> years = new TreeSet<>(referenceYears().keySet());
        years.add(referenceYear);
        List<String> affected = published.publishedYears().stream()
                .filter(peiljaar -> inForce(years, peiljaar).orElse(-1) == referenceYear)
                .sorted()
                .map(String::valueOf)
                .toList();
        if (!affected.isEmpty()) {
            throw new InvalidMunicipalityListException(0, "published", String.join(", ", affected));
        }
    }

    /** The list the file is compared with: the year's own list, or the one in force for it now. */
    private List<Municipality> base(int referenceYear) {
        OptionalInt year = baseYear(referenceYear);
        return year.isEmpty() ? List.of() : list(year.getAsInt());
    }

    private OptionalInt baseYear(int referenceYear) {
        return referenceYearInForce(referenceYear);
    }

    private String basis(int referenceYear) {
        OptionalInt year = baseYear(referenceYear);
        if (year.isEmpty()) {
            return "none";
        }
        Map<String, String> rows = new HashMap<>();
        list(year.getAsInt())
                .forEach(m -> rows.put(
                        m.code(), m.name() + ";" + m.province() + ";" + m.inhabitants() + ";" + m.households()));
        return year.getAsInt() + ":"
                + new TreeSet<>(rows.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .toList())
                        .hashCode();
    }

    private static OptionalInt inForce(Set<Integer> referenceYears, int peiljaar) {
        OptionalInt atOrBefore = referenceYears.stream()
                .mapToInt(Integer::intValue)
                .filter(y -> y <= peiljaar)
                .max();
        return atOrBefore.isPresent()
                ? atOrBefore
                : referenceYears.stream().mapToInt(Integer::intValue).min();
    }

    /** A whole number as the preview shows it: 12.345. */
    private static String dutch(int number) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-NL"))
                .format(number);
    }

    private static Municipality municipality(MunicipalityFile.Entry entry, int year) {
        return new Municipality(
                entry.code(), entry.name(), entry.province(), entry.inhabitants(), year, entry.households());
    }
}
