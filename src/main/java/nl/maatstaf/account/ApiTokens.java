package nl.maatstaf.account;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made by a logged-in user (shown once), listed, revoked, and checked on
 * every API call that brings one. The check is one indexed query by the token's HMAC that joins
 * the account, so a deactivated account or changed role counts at once, without bcrypt.
 */
@Service
class ApiTokens {

    static final String PREFIX = "mst_";
    static final int MAX_NAME = 100;
    static final int DEFAULT_VALIDITY_DAYS = 90;
    static final int MAX_VALIDITY_DAYS = 365;
    /** Longer than any token made here; longer ones are not even hashed. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private static final int TOKEN_BYTES = 32;
    private static final int SHOWN_CHARACTERS = 8;
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final int ADMIN_LIST_LIMIT = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String COLUMNS = """
            t.id, t.user_id, u.username, u.organisation_id, t.name, t.prefix, t.scope, t.created_at, t.expires_at,
            t.last_used_at, t.revoked_at, t.revoked_by""";

    private final JdbcClient jdbc;
    private final ApiTokenKey key;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, ApiTokenKey key, AuditLog audit, Validator validator, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * A new token of the user. {@code notAfter} caps its expiry: a token made with another token
     * ends no later than that one, so a stolen token cannot prolong itself; null when made after a
     * login or with a password.
     */
    @Transactional
    Issued create(MaatstafUser user, ApiTokenRequest request, Instant notAfter) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<ApiTokenRequest> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new ApiTokenRefused(ApiTokenRefused.Kind.INVALID, "apiTokens.error.invalid", errors);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime expires = now.plusDays(request.days());
        if (notAfter != null && expires.toInstant().isAfter(notAfter)) {
            expires = OffsetDateTime.ofInstant(notAfter, clock.getZone());
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = token.substring(0, PREFIX.length() + SHOWN_CHARACTERS);
        ApiTokenScope scope = ApiTokenScope.valueOf(request.scope());
        String name = request.name().strip();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_hash, prefix, scope, created_at, expires_at)
                        VALUES (:userId, :name, :hash, :prefix, :scope, :now, :expires)
                        """)
                .param("userId", user.id())
                .param("name", name)
                .param("hash", key.hash(token))
                .param("prefix", prefix)
                .param("scope", scope.name())
                .param("now", now)
                .param("expires", expires)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        // The audit names the token by its id, name and prefix: never the token itself.
        audit.record(new AuditEntry(
                user.getUsername(),
                user.organisationId(),
                "API_TOKEN_AANGEMAAKT",
                "api_token",
                Long.toString(id),
                "scope",
                null,
                scope.name() + ", " + prefix + ", " + name + ", tot " + expires.toInstant()));
        return new Issued(token, find(id).orElseThrow());
    }

    /** The user's own tokens, newest first. */
    @Transactional(readOnly = true)
    List<ApiTokenRow> ofUser(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE t.user_id = :userId ORDER BY t.created_at DESC, t.id DESC")
                .param("userId", userId)
                .query(ApiTokens::row)
                .list();
    }

    /** Every user's tokens for the beheerder, newest first (the newest few hundred). */
    @Transactional(readOnly = true)
    List<ApiTokenRow> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " ORDER BY t.created_at DESC, t.id DESC FETCH FIRST " + ADMIN_LIST_LIMIT + " ROWS ONLY")
                .query(ApiTokens::row)
                .list();
    }

    /** One of the user's own tokens; not found when it is someone else's. */
    @Transactional(readOnly = true)
    ApiTokenRow own(MaatstafUser user, long tokenId) {
        return find(tokenId).filter(token -> token.userId() == user.id()).orElseThrow(ApiTokenRefused::notFound);
    }

    /**
     * Revokes a token: the user's own, or any for the beheerder. Revoking a revoked token changes
     * nothing and is not audited again; the conditional update lets only one of two revocations through.
     */
    @Transactional
    ApiTokenRow revoke(MaatstafUser actor, long tokenId) {
        ApiTokenRow token = find(tokenId)
                .filter(t -> actor.isBeheerder() || t.userId() == actor.id())
                .orElseThrow(ApiTokenRefused::notFound);
        boolean revoked = jdbc.sql("""
                                UPDATE api_token SET revoked_at = :now, revoked_by = :by
                                WHERE id = :id AND revoked_at IS NULL
                                """)
                        .param("now", OffsetDateTime.now(clock))
                        .param("by", SecurityText.username(actor.getUsername()))
                        .param("id", tokenId)
                        .update()
                == 1;
        if (revoked) {
            audit.record(new AuditEntry(
                    actor.getUsername(),
                    token.organisationId(),
                    "API_TOKEN_INGETROKKEN",
                    "api_token",
                    Long.toString(tokenId),
                    "revoked_at",
                    null,
                    token.prefix() + ", " + token.name() + " van " + token.username()));
        }
        return find(tokenId).orElseThrow();
    }

    /**
     * The account behind a token as stored now, or why there is none. No transaction: a read and,
     * at most once a minute per token, one small update, each committed on its own.
     */
    Check check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > MAX_TOKEN_LENGTH) {
            return Check.refused(Check.Outcome.UNKNOWN);
        }
        Instant now = clock.instant();
        Optional<Found> found = jdbc.sql("""
                        SELECT t.id AS token_id, t.scope, t.expires_at, t.last_used_at, t.revoked_at,
                               u.id, u.username, u.display_name, u.role, u.organisation_id, u.org_admin, u.enabled,
                               u.totp_enabled
                        FROM api_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash
                        """)
                .param("hash", key.hash(token))
                .query((rs, row) -> checked(rs, now))
                .optional();
        if (found.isEmpty()) {
            return Check.refused(Check.Outcome.UNKNOWN);
        }
        Check check = found.get().check();
        OffsetDateTime lastUsed = found.get().lastUsed();
        // After the query, not in its row mapper: the update must not need a second connection
        // while the first is still held.
        if (check.outcome() == Check.Outcome.VALID
                && (lastUsed == null || lastUsed.toInstant().isBefore(now.minus(LAST_USED_GRANULARITY)))) {
            touch(check.tokenId(), now);
        }
        return check;
    }

    /** A token row as read for a check, with when it was last used. */
    private record Found(Check check, OffsetDateTime lastUsed) {}

    private static Found checked(ResultSet rs, Instant now) throws SQLException {
        OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        if (rs.getObject("revoked_at", OffsetDateTime.class) != null) {
            return new Found(Check.refused(Check.Outcome.REVOKED), lastUsed);
        }
        Instant expires = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
        if (!expires.isAfter(now)) {
            return new Found(Check.refused(Check.Outcome.EXPIRED), lastUsed);
        }
        if (!rs.getBoolean("enabled")) {
            return new Found(Check.refused(Check.Outcome.DISABLED), lastUsed);
        }
        long tokenId = rs.getLong("token_id");
        MaatstafUser user = new MaatstafUser(
                rs.getLong("id"),
                rs.getString("username"),
                null,
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("organisation_id", Long.class),
                rs.getBoolean("org_admin"),
                true,
                rs.getBoolean("totp_enabled"));
        return new Found(
                new Check(Check.Outcome.VALID, user, tokenId, ApiTokenScope.valueOf(rs.getString("scope")), expires),
                lastUsed);
    }

    /** Conditional, so parallel calls of one token write once a minute between them too. */
    private void touch(long tokenId, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, clock.getZone());
        jdbc.sql("""
                        UPDATE api_token SET last_used_at = :now
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)
                        """)
                .param("now", at)
                .param("before", at.minus(LAST_USED_GRANULARITY))
                .param("id", tokenId)
                .update();
    }

    private Optional<ApiTokenRow> find(long tokenId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.id = :id")
                .param("id", tokenId)
                .query(ApiTokens::row)
                .optional();
    }

    private static ApiTokenRow row(ResultSet rs, int row) throws SQLException {
        return new ApiTokenRow(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("username"),
                rs.getObject("organisation_id", Long.class),
                rs.getString("name"),
                rs.getString("prefix"),
                ApiTokenScope.valueOf(rs.getString("scope")),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A token just made: the token itself is only ever in this value and the one answer that shows it. */
    record Issued(String token, ApiTokenRow row) {
        @Override
        public String toString() {
            return "Issued[" + row.prefix() + "]";
        }
    }

    /** The outcome of checking a presented token; user, scope and expiry only when valid. */
    record Check(Outcome outcome, MaatstafUser user, long tokenId, ApiTokenScope scope, Instant expiresAt) {

        enum Outcome {
            VALID,
            UNKNOWN,
            EXPIRED,
            REVOKED,
            DISABLED
        }

        static Check refused(Outcome outcome) {
            return new Check(outcome, null, 0, null, null);
        }
    }
}
