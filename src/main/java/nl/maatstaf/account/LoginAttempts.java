package nl.maatstaf.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per typed username and per source address in the database, so every
 * application instance sees the same counts, and decides whether a login may be tried at all.
 * The check and the record of an attempt are not one atomic step: a burst of parallel guesses
 * may pass a few attempts beyond the limit, which the limit tolerates.
 */
@Service
class LoginAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginLimits limits;

    LoginAttempts(JdbcClient jdbc, Clock clock, LoginLimits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /** Until when logins of this username or from this address are refused; empty when they are not. */
    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username, String sourceAddress) {
        Optional<Instant> account = lockedUntil(Subject.ACCOUNT, SecurityText.username(username));
        Optional<Instant> address = lockedUntil(Subject.ADDRESS, SecurityText.address(sourceAddress));
        return account.isEmpty()
                ? address
                : address.filter(a -> a.isAfter(account.get())).or(() -> account);
    }

    @Transactional
    void recordFailure(String username, LoginDetails details) {
        insert(username, details, "FAILED");
        // Keeping the table small on every failure costs one indexed delete, mostly of nothing.
        jdbc.sql("DELETE FROM login_failure WHERE occurred_at < :before")
                .param("before", now().minus(limits.retention()))
                .update();
    }

    @Transactional
    void recordRefusal(String username, LoginDetails details) {
        insert(username, details, "REFUSED");
    }

    /** A successful login: the account's earlier failures no longer count towards its lock. */
    @Transactional
    void recordSuccess(String username) {
        jdbc.sql("""
                        UPDATE login_failure SET reset_by_login = TRUE
                        WHERE username = :username AND outcome = 'FAILED' AND NOT reset_by_login
                          AND occurred_at > :since
                        """)
                .param("username", SecurityText.username(username))
                .param("since", now().minus(limits.window()))
                .update();
    }

    /** The most recent failed and refused logins, newest first. */
    @Transactional(readOnly = true)
    List<FailedLogin> recent(int limit) {
        return jdbc.sql("""
                        SELECT occurred_at, username, source_address, channel, outcome FROM login_failure
                        ORDER BY occurred_at DESC, id DESC FETCH FIRST :limit ROWS ONLY
                        """)
                .param("limit", limit)
                .query((rs, row) -> new FailedLogin(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("username"),
                        rs.getString("source_address"),
                        LoginChannel.valueOf(rs.getString("channel")),
                        "REFUSED".equals(rs.getString("outcome"))))
                .list();
    }

    /** The usernames and addresses locked right now, the longest lock first. */
    @Transactional(readOnly = true)
    List<Lockout> current() {
        List<Lockout> lockouts = new ArrayList<>();
        for (Subject subject : Subject.values()) {
            List<String> candidates = jdbc.sql("SELECT " + subject.column + " FROM login_failure WHERE "
                            + subject.counted + " AND occurred_at > :since GROUP BY " + subject.column
                            + " HAVING COUNT(*) >= :max")
                    .param("since", now().minus(limits.window()))
                    .param("max", subject.max(limits))
                    .query(String.class)
                    .list();
            for (String value : candidates) {
                lockedUntil(subject, value).ifPresent(until -> lockouts.add(new Lockout(subject, value, until)));
            }
        }
        lockouts.sort(Comparator.comparing(Lockout::until).reversed());
        return lockouts;
    }

    /**
     * Locked while the maximum number of counted failures lies within the window: until the
     * oldest of the latest {@code max} failures leaves it.
     */
    private Optional<Instant> lockedUntil(Subject subject, String value) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT occurred_at FROM login_failure WHERE " + subject.column + " = :value AND "
                        + subject.counted + " AND occurred_at > :since"
                        + " ORDER BY occurred_at DESC OFFSET :skip ROWS FETCH FIRST 1 ROW ONLY")
                .param("value", value)
                .param("since", OffsetDateTime.ofInstant(now.minus(limits.window()), clock.getZone()))
                .param("skip", subject.max(limits) - 1)
                .query(OffsetDateTime.class)
                .optional()
                .map(oldest -> oldest.toInstant().plus(limits.window()))
                .filter(until -> until.isAfter(now));
    }

    private void insert(String username, LoginDetails details, String outcome) {
        jdbc.sql("""
                        INSERT INTO login_failure (occurred_at, username, source_address, channel, outcome)
                        VALUES (:at, :username, :address, :channel, :outcome)
                        """)
                .param("at", now())
                .param("username", SecurityText.username(username))
                .param("address", SecurityText.address(details.sourceAddress()))
                .param("channel", details.channel().name())
                .param("outcome", outcome)
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** What a lock applies to; the SQL fragments are constants, never request input. */
    enum Subject {
        ACCOUNT("username", "outcome = 'FAILED' AND NOT reset_by_login"),
        ADDRESS("source_address", "outcome = 'FAILED'");

        private final String column;
        private final String counted;

        Subject(String column, String counted) {
            this.column = column;
            this.counted = counted;
        }

        int max(LoginLimits limits) {
            return this == ACCOUNT ? limits.maxFailuresPerAccount() : limits.maxFailuresPerAddress();
        }
    }

    /** One failed or refused login as shown to the beheerder; never with a password. */
    record FailedLogin(Instant at, String username, String sourceAddress, LoginChannel channel, boolean refused) {}

    /** A username or source address locked until the given moment. */
    record Lockout(Subject subject, String value, Instant until) {}
}
