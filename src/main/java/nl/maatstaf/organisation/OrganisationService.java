package nl.maatstaf.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers participating organisations and answers who they are and how many inhabitants they serve. */
@Service
public class OrganisationService {

    private final JdbcClient jdbc;
    private final MunicipalityRegister municipalities;
    private final Clock clock;

    OrganisationService(JdbcClient jdbc, MunicipalityRegister municipalities, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Transactional
    public long registerMunicipality(String municipalityCode) {
        Municipality municipality = municipalities
                .find(municipalityCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown municipality " + municipalityCode));
        return register(municipality.name(), OrganisationKind.GEMEENTE, List.of(municipalityCode), municipalityCode);
    }

    @Transactional
    public long registerCooperation(String name, List<String> memberCodes) {
        memberCodes.forEach(code -> municipalities
                .find(code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown municipality " + code)));
        return register(name, OrganisationKind.SAMENWERKING, memberCodes, null);
    }

    /**
     * A fingerprint of everything inhabitants depend on (municipality lists and memberships); it
     * changes when a list is imported or a membership changes, so caches keyed on it stay true.
     */
    @Transactional(readOnly = true)
    public String fingerprint() {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM municipality) || ':'
                               || (SELECT COALESCE(SUM(inhabitants), 0) FROM municipality) || ':'
                               || (SELECT COALESCE(MAX(reference_year), 0) FROM municipality) || ':'
                               || (SELECT COUNT(*) FROM organisation_member)
                        """).query(String.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** The organisation with this code (GM0003, SW0001), ignoring case. */
    @Transactional(readOnly = true)
    public Optional<Organisation> findByCode(String code) {
        return jdbc.sql("SELECT id FROM organisation WHERE code = :code")
                .param("code", code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** Every organisation's code and id, for looking up many codes at once. */
    @Transactional(readOnly = true)
    public Map<String, Long> idsByCode() {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("SELECT code, id FROM organisation WHERE code IS NOT NULL ORDER BY code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    static String cooperationCode(long id) {
        return String.format(java.util.Locale.ROOT, "SW%04d", id);
    }

    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return findAll(jdbc.sql("SELECT id FROM organisation").query(Long.class).list());
    }

    /** The requested organisations, ordered by name; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Organisation> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganisationRow> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, kind, code FROM organisation WHERE id IN (:ids)")
                .param("ids", ids)
                .query(OrganisationRow.class)
                .list()
                .forEach(row -> rows.put(row.id(), row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Municipality>> members = membersOf(rows.keySet());
        List<Organisation> result = new ArrayList<>();
        rows.values()
                .forEach(row -> result.add(new Organisation(
                        row.id(), row.name(), row.kind(), members.getOrDefault(row.id(), List.of()), row.code())));
        result.sort(Comparator.comparing(Organisation::name));
        return result;
    }

    private Map<Long, List<Municipality>> membersOf(Collection<Long> organisationIds) {
        Map<Long, List<Municipality>> members = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT om.organisation_id, m.code, m.name, m.province, m.inhabitants, m.reference_year
                        FROM organisation_member om
                        JOIN municipality m ON m.code = om.municipality_code
                        WHERE om.organisation_id IN (:ids)
                          AND m.reference_year = (SELECT MAX(x.reference_year) FROM municipality x WHERE x.code = m.code)
                        ORDER BY m.name
                        """)
                .param("ids", organisationIds)
                .query((rs, n) -> Map.entry(
                        rs.getLong("organisation_id"),
                        new Municipality(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("province"),
                                rs.getInt("inhabitants"),
                                rs.getInt("reference_year"))))
                .list()
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return members;
    }

    /** A municipality's code is its CBS code; a cooperation's is assigned from its id (SW0001). */
    private long register(String name, OrganisationKind kind, List<String> memberCodes, String organisationCode) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, kind, created_at, code) VALUES (:name, :kind, :at, :code)")
                .param("name", name)
                .param("kind", kind.name())
                .param("at", OffsetDateTime.now(clock))
                .param("code", organisationCode)
                .update(key, "id");
        long id = java.util.Objects.requireNonNull(key.getKey()).longValue();
        if (organisationCode == null) {
            jdbc.sql("UPDATE organisation SET code = :code WHERE id = :id")
                    .param("code", cooperationCode(id))
                    .param("id", id)
                    .update();
        }
        for (String code : memberCodes) {
            jdbc.sql("INSERT INTO organisation_member (organisation_id, municipality_code) VALUES (:id, :code)")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
        return id;
    }

    record OrganisationRow(long id, String name, OrganisationKind kind, String code) {}
}
