package nl.maatstaf.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.organisation.OrganisationRefusedException.Reason;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers participating organisations, keeps their members per peiljaar and answers who they
 * are and how many inhabitants they serve in a peiljaar. A municipality may be a member of
 * several cooperations at once (one cooperation for work and income, another for youth care is
 * common); it can be registered as an organisation of its own only once.
 */
@Service
public class OrganisationService {

    public static final String AUDIT_ENTITY = "organisatie";

    /** Memberships registered without a year (and those from before V10) run from this peiljaar. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2999;
    static final int MAX_NAME_LENGTH = 150;
    private static final String SYSTEM_USER = "systeem";

    private final JdbcClient jdbc;
    private final MunicipalityRegister municipalities;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(JdbcClient jdbc, MunicipalityRegister municipalities, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a municipality under its CBS name and code; it is its own member in every year. */
    @Transactional
    public long registerMunicipality(String municipalityCode) {
        return registerMunicipality(municipalityCode, SYSTEM_USER);
    }

    @Transactional
    public long registerMunicipality(String municipalityCode, String username) {
        Municipality municipality = knownMunicipality(municipalityCode, "municipality");
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE code = :code")
                        .param("code", municipality.code())
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new OrganisationRefusedException(
                    Reason.ALREADY_REGISTERED, "municipality", municipality.code(), municipality.name());
        }
        return register(
                municipality.name(),
                OrganisationKind.GEMEENTE,
                List.of(municipality.code()),
                municipality.code(),
                username);
    }

    /** Registers a cooperation; its members are members in every peiljaar until changed. */
    @Transactional
    public long registerCooperation(String name, List<String> memberCodes) {
        return registerCooperation(name, memberCodes, SYSTEM_USER);
    }

    @Transactional
    public long registerCooperation(String name, List<String> memberCodes, String username) {
        String checkedName = checkedName(name, null);
        List<String> members = checkedMembers(memberCodes);
        return register(checkedName, OrganisationKind.SAMENWERKING, members, null, username);
    }

    /**
     * Renames the organisation and/or (de)activates it, if it is still at {@code expectedVersion};
     * its code never changes. Null leaves a property as it is.
     *
     * @return the new lock version
     */
    @Transactional
    public int update(long id, String newName, Boolean active, int expectedVersion, String username) {
        OrganisationRow row = row(id);
        String name = newName == null ? row.name() : checkedName(newName, id);
        boolean nowActive = active == null ? row.active() : active;
        int updated = jdbc.sql("""
                        UPDATE organisation SET name = :name, active = :active, lock_version = lock_version + 1
                        WHERE id = :id AND lock_version = :version
                        """)
                .param("name", name)
                .param("active", nowActive)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OrganisationRefusedException(Reason.STALE_VERSION, "version");
        }
        if (!name.equals(row.name())) {
            audit.record(AuditEntry.change(username, id, AUDIT_ENTITY, row.code(), "naam", row.name(), name));
        }
        if (nowActive != row.active()) {
            audit.record(AuditEntry.change(
                    username, id, AUDIT_ENTITY, row.code(), "actief", String.valueOf(row.active()), "" + nowActive));
        }
        return row.lockVersion() + 1;
    }

    /** Whether the organisation exists and is active: only an active organisation can be enrolled. */
    @Transactional(readOnly = true)
    public boolean isActive(long id) {
        return jdbc.sql("SELECT active FROM organisation WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The lock version to send back with a change. */
    @Transactional(readOnly = true)
    public int version(long id) {
        return row(id).lockVersion();
    }

    /** Every membership period of the organisation, by municipality name and start. */
    @Transactional(readOnly = true)
    public List<Membership> memberships(long id) {
        row(id);
        return jdbc
                .sql("""
                        SELECT om.municipality_code, om.from_year, om.until_year,
                               (SELECT m.name FROM municipality m WHERE m.code = om.municipality_code
                                ORDER BY m.reference_year DESC LIMIT 1) AS name
                        FROM organisation_member om WHERE om.organisation_id = :id
                        ORDER BY om.municipality_code, om.from_year
                        """)
                .param("id", id)
                .query((rs, n) -> new Membership(
                        rs.getString("municipality_code"),
                        rs.getString("name") == null ? rs.getString("municipality_code") : rs.getString("name"),
                        rs.getInt("from_year"),
                        rs.getObject("until_year", Integer.class)))
                .list()
                .stream()
                .sorted(Comparator.comparing(Membership::municipalityName).thenComparing(Membership::fromYear))
                .toList();
    }

    /** A municipality joins the cooperation from peiljaar {@code fromYear} on. */
    @Transactional
    public int addMember(long id, String municipalityCode, int fromYear, int expectedVersion, String username) {
        OrganisationRow row = cooperation(id);
        checkYear(fromYear);
        Municipality municipality = knownMunicipality(municipalityCode, "municipality");
        boolean overlaps = memberships(id).stream()
                .anyMatch(m -> m.municipalityCode().equals(municipality.code())
                        && (m.untilYear() == null || m.untilYear() >= fromYear));
        if (overlaps) {
            throw new OrganisationRefusedException(
                    Reason.ALREADY_MEMBER, "municipality", municipality.name(), String.valueOf(fromYear));
        }
        bumpVersion(row, expectedVersion);
        insertMember(id, municipality.code(), fromYear, null);
        audit.record(AuditEntry.change(
                username, id, AUDIT_ENTITY, row.code(), "lid " + municipality.code(), null, "vanaf " + fromYear));
        return row.lockVersion() + 1;
    }

    /** The running membership of the municipality ends after peiljaar {@code lastYear}. */
    @Transactional
    public int endMembership(long id, String municipalityCode, int lastYear, int expectedVersion, String username) {
        OrganisationRow row = cooperation(id);
        checkYear(lastYear);
        String code = MunicipalityCodes.normalize(municipalityCode)
                .orElseThrow(() -> new OrganisationRefusedException(
                        Reason.UNKNOWN_MUNICIPALITY, "municipality", String.valueOf(municipalityCode)));
        Membership running = memberships(id).stream()
                .filter(m -> m.municipalityCode().equals(code) && m.untilYear() == null)
                .findFirst()
                .orElseThrow(
                        () -> new OrganisationRefusedException(Reason.NO_RUNNING_MEMBERSHIP, "municipality", code));
        if (lastYear < running.fromYear()) {
            throw new OrganisationRefusedException(
                    Reason.ENDS_BEFORE_START,
                    "year",
                    running.municipalityName(),
                    String.valueOf(running.fromYear()),
                    String.valueOf(lastYear));
        }
        bumpVersion(row, expectedVersion);
        jdbc.sql("""
                        UPDATE organisation_member SET until_year = :until
                        WHERE organisation_id = :id AND municipality_code = :code AND from_year = :from
                        """)
                .param("until", lastYear)
                .param("id", id)
                .param("code", code)
                .param("from", running.fromYear())
                .update();
        audit.record(AuditEntry.change(
                username,
                id,
                AUDIT_ENTITY,
                row.code(),
                "lid " + code,
                "vanaf " + running.fromYear(),
                "vanaf " + running.fromYear() + " tot en met " + lastYear));
        return row.lockVersion() + 1;
    }

    /**
     * From peiljaar {@code year} on the cooperation has exactly these members: memberships of others
     * end after the year before, memberships that would start later are dropped, and the given
     * municipalities are members from {@code year} on (a membership already running continues).
     */
    @Transactional
    public int replaceMembersFrom(long id, int year, List<String> memberCodes, int expectedVersion, String username) {
        OrganisationRow row = cooperation(id);
        checkYear(year);
        List<String> members = checkedMembers(memberCodes);
        List<Membership> before = memberships(id);
        bumpVersion(row, expectedVersion);
        jdbc.sql("DELETE FROM organisation_member WHERE organisation_id = :id")
                .param("id", id)
                .update();
        Set<String> continuing = new LinkedHashSet<>();
        for (Membership m : before) {
            boolean endsBefore = m.untilYear() != null && m.untilYear() < year;
            if (endsBefore) {
                insertMember(id, m.municipalityCode(), m.fromYear(), m.untilYear());
            } else if (m.fromYear() < year) {
                boolean stays = members.contains(m.municipalityCode());
                insertMember(id, m.municipalityCode(), m.fromYear(), stays ? null : year - 1);
                if (stays) {
                    continuing.add(m.municipalityCode());
                }
            }
        }
        for (String code : members) {
            if (!continuing.contains(code)) {
                insertMember(id, code, year, null);
            }
        }
        audit.record(AuditEntry.change(
                username,
                id,
                AUDIT_ENTITY,
                row.code(),
                "leden vanaf " + year,
                describe(before),
                describe(memberships(id))));
        return row.lockVersion() + 1;
    }

    /**
     * A fingerprint of everything inhabitants depend on (municipality lists and memberships); it
     * changes when a list is imported or a membership changes (every membership change raises the
     * organisation's lock version), so caches keyed on it stay true.
     */
    @Transactional(readOnly = true)
    public String fingerprint() {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM municipality) || ':'
                               || (SELECT COALESCE(SUM(inhabitants), 0) FROM municipality) || ':'
                               || (SELECT COALESCE(MAX(reference_year), 0) FROM municipality) || ':'
                               || (SELECT COUNT(*) FROM organisation_member) || ':'
                               || (SELECT COALESCE(SUM(lock_version), 0) FROM organisation) || ':'
                               || (SELECT COUNT(*) FROM audit_log WHERE entity = :lists)
                        """)
                // Every stored list has its audit line, so a replaced list with the same totals counts too.
                .param("lists", MunicipalityRegister.AUDIT_ENTITY)
                .query(String.class)
                .single();
    }

    /** The organisation as it is in the current calendar year. */
    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        return find(id, currentYear());
    }

    /** The organisation with its members and their figures in peiljaar {@code year}. */
    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id, int year) {
        return findAll(List.of(id), year).stream().findFirst();
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
                .param("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
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
        return String.format(Locale.ROOT, "SW%04d", id);
    }

    /** Every organisation as it is in the current calendar year, ordered by name. */
    @Transactional(readOnly = true)
    public List<Organisation> all() {
        return all(currentYear());
    }

    /** Every organisation as it is in peiljaar {@code year}, ordered by name. */
    @Transactional(readOnly = true)
    public List<Organisation> all(int year) {
        return findAll(jdbc.sql("SELECT id FROM organisation").query(Long.class).list(), year);
    }

    /** The requested organisations as they are in the current calendar year. */
    @Transactional(readOnly = true)
    public List<Organisation> findAll(Collection<Long> ids) {
        return findAll(ids, currentYear());
    }

    /**
     * The requested organisations, ordered by name, with their members in peiljaar {@code year}
     * and those members' figures from the municipality list in force for that year; unknown ids
     * are left out.
     */
    @Transactional(readOnly = true)
    public List<Organisation> findAll(Collection<Long> ids, int year) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganisationRow> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, kind, code, active, lock_version FROM organisation WHERE id IN (:ids)")
                .param("ids", ids)
                .query(OrganisationRow.class)
                .list()
                .forEach(row -> rows.put(row.id(), row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Municipality>> members = membersOf(rows.keySet(), year);
        List<Organisation> result = new ArrayList<>();
        rows.values()
                .forEach(row -> result.add(new Organisation(
                        row.id(),
                        row.name(),
                        row.kind(),
                        members.getOrDefault(row.id(), List.of()),
                        row.code(),
                        row.active())));
        result.sort(Comparator.comparing(Organisation::name));
        return result;
    }

    /** A member missing from the year's list (it merged away) counts for nothing that year. */
    private Map<Long, List<Municipality>> membersOf(Collection<Long> organisationIds, int year) {
        Map<Long, List<Municipality>> members = new LinkedHashMap<>();
        OptionalInt referenceYear = municipalities.referenceYearInForce(year);
        if (referenceYear.isEmpty()) {
            return members;
        }
        jdbc.sql("""
                        SELECT om.organisation_id, m.code, m.name, m.province, m.inhabitants, m.reference_year,
                               m.households
                        FROM organisation_member om
                        JOIN municipality m ON m.code = om.municipality_code AND m.reference_year = :referenceYear
                        WHERE om.organisation_id IN (:ids)
                          AND om.from_year <= :year AND (om.until_year IS NULL OR om.until_year >= :year)
                        ORDER BY m.name
                        """)
                .param("ids", organisationIds)
                .param("referenceYear", referenceYear.getAsInt())
                .param("year", year)
                .query((rs, n) -> Map.entry(
                        rs.getLong("organisation_id"),
                        new Municipality(
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("province"),
                                rs.getInt("inhabitants"),
                                rs.getInt("reference_year"),
                                rs.getObject("households", Integer.class))))
                .list()
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return members;
    }

    /** A municipality's code is its CBS code; a cooperation's is assigned from its id (SW0001). */
    private long register(
            String name, OrganisationKind kind, List<String> memberCodes, String organisationCode, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO organisation (name, kind, created_at, code) VALUES (:name, :kind, :at, :code)")
                    .param("name", name)
                    .param("kind", kind.name())
                    .param("at", OffsetDateTime.now(clock))
                    .param("code", organisationCode)
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            // Someone registered the same name or municipality a moment ago.
            throw new OrganisationRefusedException(Reason.NAME_TAKEN, "name", name);
        }
        long id = Objects.requireNonNull(key.getKey()).longValue();
        String code = organisationCode == null ? cooperationCode(id) : organisationCode;
        if (organisationCode == null) {
            jdbc.sql("UPDATE organisation SET code = :code WHERE id = :id")
                    .param("code", code)
                    .param("id", id)
                    .update();
        }
        for (String member : memberCodes) {
            insertMember(id, member, FIRST_YEAR, null);
        }
        audit.record(new AuditEntry(
                username,
                id,
                "ORGANISATIE_GEREGISTREERD",
                AUDIT_ENTITY,
                code,
                "leden",
                null,
                name + ": " + String.join(", ", memberCodes)));
        return id;
    }

    private void insertMember(long id, String code, int fromYear, Integer untilYear) {
        jdbc.sql("""
                        INSERT INTO organisation_member (organisation_id, municipality_code, from_year, until_year)
                        VALUES (:id, :code, :from, :until)
                        """)
                .param("id", id)
                .param("code", code)
                .param("from", fromYear)
                .param("until", untilYear)
                .update();
    }

    private void bumpVersion(OrganisationRow row, int expectedVersion) {
        int updated = jdbc.sql(
                        "UPDATE organisation SET lock_version = lock_version + 1 WHERE id = :id AND lock_version = :v")
                .param("id", row.id())
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OrganisationRefusedException(Reason.STALE_VERSION, "version");
        }
    }

    private String checkedName(String name, Long ownId) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new OrganisationRefusedException(Reason.NAME_MISSING, "name");
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new OrganisationRefusedException(Reason.NAME_TOO_LONG, "name", MAX_NAME_LENGTH);
        }
        boolean taken = jdbc
                .sql("SELECT id FROM organisation WHERE LOWER(name) = LOWER(:name)")
                .param("name", stripped)
                .query(Long.class)
                .list()
                .stream()
                .anyMatch(other -> !other.equals(ownId));
        if (taken) {
            throw new OrganisationRefusedException(Reason.NAME_TAKEN, "name", stripped);
        }
        return stripped;
    }

    /** At least one member, each a known municipality, none twice (in any spelling of its code). */
    private List<String> checkedMembers(List<String> memberCodes) {
        if (memberCodes == null || memberCodes.stream().allMatch(c -> c == null || c.isBlank())) {
            throw new OrganisationRefusedException(Reason.NO_MEMBERS, "members");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String given : memberCodes) {
            if (given == null || given.isBlank()) {
                continue;
            }
            Municipality municipality = knownMunicipality(given, "members");
            if (!codes.add(municipality.code())) {
                throw new OrganisationRefusedException(
                        Reason.DUPLICATE_MEMBER, "members", municipality.code(), municipality.name());
            }
        }
        return List.copyOf(codes);
    }

    private Municipality knownMunicipality(String given, String field) {
        return MunicipalityCodes.normalize(given)
                .flatMap(municipalities::find)
                .orElseThrow(() -> new OrganisationRefusedException(
                        Reason.UNKNOWN_MUNICIPALITY, field, given == null ? "" : given.strip()));
    }

    private OrganisationRow row(long id) {
        return jdbc.sql("SELECT id, name, kind, code, active, lock_version FROM organisation WHERE id = :id")
                .param("id", id)
                .query(OrganisationRow.class)
                .optional()
                .orElseThrow(() -> new OrganisationRefusedException(Reason.NOT_FOUND, "id", String.valueOf(id)));
    }

    private OrganisationRow cooperation(long id) {
        OrganisationRow row = row(id);
        if (row.kind() != OrganisationKind.SAMENWERKING) {
            throw new OrganisationRefusedException(Reason.NOT_A_COOPERATION, "id", row.name());
        }
        return row;
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new OrganisationRefusedException(
                    Reason.YEAR_OUT_OF_RANGE, "year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
    }

    private static String describe(List<Membership> memberships) {
        return String.join(
                ", ",
                memberships.stream()
                        .map(m -> m.municipalityCode() + " " + m.fromYear() + "-"
                                + (m.untilYear() == null ? "" : m.untilYear()))
                        .toList());
    }

    private int currentYear() {
        return Year.now(clock).getValue();
    }

    record OrganisationRow(long id, String name, OrganisationKind kind, String code, boolean active, int lockVersion) {}
}
