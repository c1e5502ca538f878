package nl.maatstaf.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only audit trail. Entries join the caller's transaction, so a change and its audit
 * record are committed together or not at all.
 */
@Service
public class AuditLog {

    private static final int MAX_VALUE_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        insert(entry, OffsetDateTime.now(clock));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Collection<AuditEntry> entries) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        entries.forEach(entry -> insert(entry, now));
    }

    /** Records a read of confidential data by someone outside the organisation (a beheerder). */
    @Transactional
    public void recordAccess(String username, Long organisationId, String entity, String key) {
        insert(AuditEntry.action(username, organisationId, "INZAGE", entity, key), OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> forEntity(String entity, String entityKey) {
        return jdbc.sql("""
                        SELECT id, occurred_at, username, organisation_id, action, entity, entity_key,
                               field, old_value, new_value
                        FROM audit_log WHERE entity = :entity AND entity_key = :key ORDER BY id DESC
                        """)
                .param("entity", entity)
                .param("key", entityKey)
                .query(AuditRecord.class)
                .list();
    }

    private void insert(AuditEntry entry, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO audit_log (occurred_at, username, organisation_id, action, entity, entity_key,
                                               field, old_value, new_value)
                        VALUES (:at, :username, :organisationId, :action, :entity, :key, :field, :old, :new)
                        """)
                .param("at", at)
                .param("username", entry.username())
                .param("organisationId", entry.organisationId())
                .param("action", entry.action())
                .param("entity", entry.entity())
                .param("key", entry.entityKey())
                .param("field", entry.field())
                .param("old", truncate(entry.oldValue()))
                .param("new", truncate(entry.newValue()))
                .update();
    }

    private static String truncate(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH);
    }
}
