package nl.maatstaf.edition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plain SQL over the edition tables (V3); callers own the transactions. */
@Repository
class EditionRepository {

    private static final String SELECT_ROW = """
            SELECT peiljaar, module_code, allowed_policies, default_policy, neighbour_count,
                   minimum_reference_size, published, published_at, published_by, submission_deadline, lock_version
            FROM edition_setting WHERE peiljaar = :year AND module_code = :module""";

    private final JdbcClient jdbc;

    EditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raised by every write of this repository, in the writer's transaction. */
    long generation() {
        return jdbc.sql("SELECT generation FROM edition_generation WHERE id = 1")
                .query(Long.class)
                .single();
    }

    private void raiseGeneration() {
        jdbc.sql("UPDATE edition_generation SET generation = generation + 1 WHERE id = 1")
                .update();
    }

    Optional<EditionRow> find(int year, String moduleCode) {
        return inEdition(SELECT_ROW, year, moduleCode).query(EditionRow.class).optional();
    }

    /**
     * The row, locked until the transaction ends: every change of an edition (settings, publication,
     * outliers, named sets) goes through it, so concurrent changes of one edition take turns.
     */
    Optional<EditionRow> findForUpdate(int year, String moduleCode) {
        return inEdition(SELECT_ROW + " FOR UPDATE", year, moduleCode)
                .query(EditionRow.class)
                .optional();
    }

    /** Stores the row unless another transaction stored one first (then that one stands). */
    void insertIfAbsent(EditionRow row, OffsetDateTime at, String username) {
        write("""
                INSERT INTO edition_setting (peiljaar, module_code, allowed_policies, default_policy,
                    neighbour_count, minimum_reference_size, published, published_at, published_by,
                    submission_deadline, updated_at, updated_by)
                VALUES (:year, :module, :allowed, :default, :n, :k, :published, :publishedAt, :publishedBy,
                    :deadline, :at, :username)
                ON CONFLICT DO NOTHING
                """, row, at, username);
    }

    void update(EditionRow row, OffsetDateTime at, String username) {
        write("""
                UPDATE edition_setting SET allowed_policies = :allowed, default_policy = :default,
                    neighbour_count = :n, minimum_reference_size = :k, published = :published,
                    published_at = :publishedAt, published_by = :publishedBy, submission_deadline = :deadline, updated_at = :at,
                    updated_by = :username, lock_version = lock_version + 1
                WHERE peiljaar = :year AND module_code = :module
                """, row, at, username);
    }

    private void write(String sql, EditionRow row, OffsetDateTime at, String username) {
        inEdition(sql, row.peiljaar(), row.moduleCode())
                .param("allowed", row.allowedPolicies())
                .param("default", row.defaultPolicy())
                .param("n", row.neighbourCount())
                .param("k", row.minimumReferenceSize())
                .param("published", row.published())
                .param("publishedAt", row.publishedAt())
                .param("publishedBy", row.publishedBy())
                .param("deadline", row.submissionDeadline())
                .param("at", at)
                .param("username", username)
                .update();
        raiseGeneration();
    }

    /** The submission deadlines of a peiljaar's editions that have one, by module code. */
    Map<String, LocalDate> deadlines(int year) {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT module_code, submission_deadline FROM edition_setting
                        WHERE peiljaar = :year AND submission_deadline IS NOT NULL ORDER BY module_code
                        """)
                .param("year", year)
                .query((rs, rowNum) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list()
                .forEach(entry -> deadlines.put(entry.getKey(), entry.getValue()));
        return deadlines;
    }

    /** A statement with the edition's peiljaar and module bound to {@code :year} and {@code :module}. */
    private JdbcClient.StatementSpec inEdition(String sql, int year, String moduleCode) {
        return jdbc.sql(sql).param("year", year).param("module", moduleCode);
    }

    record NamedSetRow(long id, String name) {}

    List<NamedSetRow> namedSets(int year, String moduleCode) {
        return inEdition(
                        "SELECT id, name FROM named_set WHERE peiljaar = :year AND module_code = :module ORDER BY name",
                        year,
                        moduleCode)
                .query(NamedSetRow.class)
                .list();
    }

    /** Members of the edition's named sets, by set id, in organisation id order. */
    Map<Long, List<Long>> namedSetMembers(int year, String moduleCode) {
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        inEdition("""
                        SELECT m.named_set_id, m.organisation_id FROM named_set_member m
                        JOIN named_set s ON s.id = m.named_set_id
                        WHERE s.peiljaar = :year AND s.module_code = :module
                        ORDER BY m.named_set_id, m.organisation_id
                        """, year, moduleCode)
                .query((rs, rowNum) -> {
                    members.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getLong(2));
                    return null;
                })
                .list();
        return members;
    }

    boolean namedSetExists(int year, String moduleCode, String name) {
        return inEdition("""
                        SELECT COUNT(*) FROM named_set
                        WHERE peiljaar = :year AND module_code = :module AND LOWER(name) = LOWER(:name)
                        """, year, moduleCode)
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertNamedSet(int year, String moduleCode, String name, Collection<Long> members) {
        KeyHolder key = new GeneratedKeyHolder();
        inEdition(
                        "INSERT INTO named_set (peiljaar, module_code, name) VALUES (:year, :module, :name)",
                        year,
                        moduleCode)
                .param("name", name)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (long member : new TreeSet<>(members)) {
            jdbc.sql("INSERT INTO named_set_member (named_set_id, organisation_id) VALUES (:set, :org)")
                    .param("set", id)
                    .param("org", member)
                    .update();
        }
        raiseGeneration();
        return id;
    }

    /** Whether another set of the edition than {@code exceptId} has this name, ignoring case. */
    boolean otherNamedSetExists(int year, String moduleCode, String name, long exceptId) {
        return inEdition("""
                        SELECT COUNT(*) FROM named_set
                        WHERE peiljaar = :year AND module_code = :module AND LOWER(name) = LOWER(:name) AND id <> :id
                        """, year, moduleCode)
                        .param("name", name)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The set's name and members, locked until the transaction ends so that two changes of one set
     * take turns; empty when the edition has no such set.
     */
    Optional<LockedNamedSet> lockNamedSet(int year, String moduleCode, long id) {
        return inEdition(
                        "SELECT id, name, lock_version FROM named_set"
                                + " WHERE id = :id AND peiljaar = :year AND module_code = :module FOR UPDATE",
                        year,
                        moduleCode)
                .param("id", id)
                .query(LockedNamedSet.class)
                .optional();
    }

    record LockedNamedSet(long id, String name, int lockVersion) {}

    /** The lock version of each of the edition's named sets, by set id. */
    Map<Long, Integer> namedSetVersions(int year, String moduleCode) {
        Map<Long, Integer> versions = new LinkedHashMap<>();
        inEdition(
                        "SELECT id, lock_version FROM named_set WHERE peiljaar = :year AND module_code = :module",
                        year,
                        moduleCode)
                .query((rs, rowNum) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .forEach(entry -> versions.put(entry.getKey(), entry.getValue()));
        return versions;
    }

    List<Long> namedSetMemberIds(long id) {
        return jdbc.sql(
                        "SELECT organisation_id FROM named_set_member WHERE named_set_id = :id ORDER BY organisation_id")
                .param("id", id)
                .query(Long.class)
                .list();
    }

    /** @return false when the set's version is no longer {@code expectedVersion}: nothing changed */
    boolean updateNamedSet(long id, String name, Collection<Long> members, int expectedVersion) {
        int updated = jdbc.sql("""
                        UPDATE named_set SET name = :name, lock_version = lock_version + 1
                        WHERE id = :id AND lock_version = :expected
                        """)
                .param("name", name)
                .param("id", id)
                .param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM named_set_member WHERE named_set_id = :id")
                .param("id", id)
                .update();
        for (long member : new TreeSet<>(members)) {
            jdbc.sql("INSERT INTO named_set_member (named_set_id, organisation_id) VALUES (:set, :org)")
                    .param("set", id)
                    .param("org", member)
                    .update();
        }
        raiseGeneration();
        return true;
    }

    Optional<String> deleteNamedSet(int year, String moduleCode, long id) {
        Optional<String> name = inEdition(
                        "SELECT name FROM named_set WHERE id = :id AND peiljaar = :year AND module_code = :module",
                        year,
                        moduleCode)
                .param("id", id)
                .query(String.class)
                .optional();
        if (name.isPresent()) {
            jdbc.sql("DELETE FROM named_set_member WHERE named_set_id = :id")
                    .param("id", id)
                    .update();
            jdbc.sql("DELETE FROM named_set WHERE id = :id").param("id", id).update();
            raiseGeneration();
        }
        return name;
    }

    List<OutlierDecision> outlierDecisions(int year, String moduleCode) {
        return inEdition("""
                        SELECT organisation_id, excluded, reason, decided_by, decided_at FROM outlier_decision
                        WHERE peiljaar = :year AND module_code = :module ORDER BY organisation_id
                        """, year, moduleCode).query(OutlierDecision.class).list();
    }

    void saveOutlierDecision(int year, String moduleCode, OutlierDecision decision) {
        inEdition("""
                        DELETE FROM outlier_decision
                        WHERE peiljaar = :year AND module_code = :module AND organisation_id = :org
                        """, year, moduleCode).param("org", decision.organisationId()).update();
        inEdition("""
                        INSERT INTO outlier_decision (peiljaar, module_code, organisation_id, excluded, reason,
                            decided_at, decided_by)
                        VALUES (:year, :module, :org, :excluded, :reason, :at, :by)
                        """, year, moduleCode)
                .param("org", decision.organisationId())
                .param("excluded", decision.excluded())
                .param("reason", decision.reason())
                .param("at", decision.decidedAt())
                .param("by", decision.decidedBy())
                .update();
        raiseGeneration();
    }

    Set<Long> consenting() {
        return new TreeSet<>(jdbc.sql("SELECT organisation_id FROM named_set_consent WHERE consented = TRUE")
                .query(Long.class)
                .list());
    }

    Optional<Boolean> consent(long organisationId) {
        return jdbc.sql("SELECT consented FROM named_set_consent WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(Boolean.class)
                .optional();
    }

    /**
     * The organisation's consent, locked until the transaction ends so that answers given at the
     * same moment take turns (and their audit lines follow the order of the changes). An
     * organisation that never answered gets its row first, holding the default: no consent.
     */
    boolean lockConsent(long organisationId, OffsetDateTime at, String username) {
        consentStatement("""
                        INSERT INTO named_set_consent (organisation_id, consented, changed_at, changed_by)
                        VALUES (:org, :consented, :at, :username)
                        ON CONFLICT DO NOTHING
                        """, organisationId, false, at, username).update();
        return jdbc.sql("SELECT consented FROM named_set_consent WHERE organisation_id = :org FOR UPDATE")
                .param("org", organisationId)
                .query(Boolean.class)
                .single();
    }

    void saveConsent(long organisationId, boolean consented, OffsetDateTime at, String username) {
        consentStatement("""
                        UPDATE named_set_consent SET consented = :consented, changed_at = :at, changed_by = :username
                        WHERE organisation_id = :org
                        """, organisationId, consented, at, username).update();
        raiseGeneration();
    }

    private JdbcClient.StatementSpec consentStatement(
            String sql, long organisationId, boolean consented, OffsetDateTime at, String username) {
        return jdbc.sql(sql)
                .param("org", organisationId)
                .param("consented", consented)
                .param("at", at)
                .param("username", username);
    }
}
