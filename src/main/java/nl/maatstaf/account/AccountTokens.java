package nl.maatstaf.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set a password. The token is 32 random bytes, URL-safe; only its SHA-256
 * is stored, so neither the database nor a backup lets anyone in. A link works once, until it
 * expires, and only while it is the account's newest link of its purpose.
 */
@Service
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validity;

    AccountTokens(JdbcClient jdbc, Clock clock, @Value("${maatstaf.accounts.link-validity:72h}") Duration validity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = validity;
    }

    /** A new link for the account; every older unused link of the account ends with it. */
    @Transactional
    IssuedToken issue(long userId, TokenPurpose purpose, String requestedFrom) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        UPDATE account_token SET revoked_at = :now
                        WHERE user_id = :userId AND used_at IS NULL AND revoked_at IS NULL
                        """).param("now", now).param("userId", userId).update();
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = now.plus(validity);
        jdbc.sql("""
                        INSERT INTO account_token (user_id, purpose, token_hash, created_at, expires_at, requested_from)
                        VALUES (:userId, :purpose, :hash, :now, :expires, :from)
                        """)
                .param("userId", userId)
                .param("purpose", purpose.name())
                .param("hash", hash(token))
                .param("now", now)
                .param("expires", expires)
                .param("from", requestedFrom)
                .update();
        return new IssuedToken(token, purpose, expires.toInstant());
    }

    /** The account and purpose of a link that may still be used; empty for an unknown, used, ended or expired one. */
    @Transactional(readOnly = true)
    Optional<ValidToken> check(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT id, user_id, purpose FROM account_token
                        WHERE token_hash = :hash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                        """)
                .param("hash", hash(token))
                .param("now", OffsetDateTime.now(clock))
                .query((rs, row) -> new ValidToken(
                        rs.getLong("id"), rs.getLong("user_id"), TokenPurpose.valueOf(rs.getString("purpose"))))
                .optional();
    }

    /**
     * Marks the link used; false when another request used it first (the conditional update
     * lets only one of two simultaneous uses through).
     */
    @Transactional
    boolean use(ValidToken token) {
        return jdbc.sql("""
                                UPDATE account_token SET used_at = :now
                                WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                                """)
                        .param("now", OffsetDateTime.now(clock))
                        .param("id", token.id())
                        .update()
                == 1;
    }

    /** Reset links issued since the given moment for the account or from the address, to limit requests. */
    @Transactional(readOnly = true)
    int resetsRequestedSince(Instant since, long userId, String address) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM account_token
                        WHERE purpose = 'RESET' AND created_at > :since
                          AND (user_id = :userId OR requested_from = :address)
                        """)
                .param("since", OffsetDateTime.ofInstant(since, clock.getZone()))
                .param("userId", userId)
                .param("address", address)
                .query(Integer.class)
                .single();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A link just made: the token itself is only ever in this value, the mail and the page that shows it. */
    record IssuedToken(String token, TokenPurpose purpose, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[" + purpose + "]";
        }
    }

    record ValidToken(long id, long userId, TokenPurpose purpose) {}
}
