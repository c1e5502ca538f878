package nl.maatstaf.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests refused with 403, kept as security records for the beheerder. */
@Service
class AccessDenials {

    static final String ANONYMOUS = "(anoniem)";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginLimits limits;

    AccessDenials(JdbcClient jdbc, Clock clock, LoginLimits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    @Transactional
    void record(String username, Long organisationId, String method, String path, String sourceAddress) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        INSERT INTO access_denial (occurred_at, username, organisation_id, method, path, source_address)
                        VALUES (:at, :username, :organisationId, :method, :path, :address)
                        """)
                .param("at", now)
                .param("username", username == null ? ANONYMOUS : SecurityText.username(username))
                .param("organisationId", organisationId)
                .param("method", SecurityText.clean(method, 10))
                .param("path", SecurityText.path(path))
                .param("address", SecurityText.address(sourceAddress))
                .update();
        jdbc.sql("DELETE FROM access_denial WHERE occurred_at < :before")
                .param("before", now.minus(limits.retention()))
                .update();
    }

    /** The most recent refusals, newest first. */
    @Transactional(readOnly = true)
    List<Denial> recent(int limit) {
        return jdbc.sql("""
                        SELECT occurred_at, username, organisation_id, method, path, source_address FROM access_denial
                        ORDER BY occurred_at DESC, id DESC FETCH FIRST :limit ROWS ONLY
                        """)
                .param("limit", limit)
                .query((rs, row) -> {
                    long organisationId = rs.getLong("organisation_id");
                    return new Denial(
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            rs.getString("username"),
                            rs.wasNull() ? null : organisationId,
                            rs.getString("method"),
                            rs.getString("path"),
                            rs.getString("source_address"));
                })
                .list();
    }

    /** One refused request: who asked for which path, when and from where. */
    record Denial(Instant at, String username, Long organisationId, String method, String path, String sourceAddress) {}
}
