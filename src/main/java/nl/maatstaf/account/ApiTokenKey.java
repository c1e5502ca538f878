package nl.maatstaf.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server key under which API tokens are hashed (HMAC-SHA256). Configured with
 * {@code maatstaf.security.token-key} (MAATSTAF_TOKEN_KEY) in production, so that a copy of the
 * database alone does not allow checking guessed tokens offline. Without it the installation
 * generates a random key once and keeps it in {@code server_secret}, so every instance on the
 * same database hashes alike; a configured key always wins. Changing the key ends every token.
 */
@Component
class ApiTokenKey {

    static final int MIN_CONFIGURED_LENGTH = 32;
    private static final String SECRET_NAME = "api-token-key";
    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final String configured;
    private volatile SecretKeySpec key;

    ApiTokenKey(
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${maatstaf.security.token-key:}") String configured) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configured = configured == null ? "" : configured.strip();
        if (!this.configured.isEmpty() && this.configured.length() < MIN_CONFIGURED_LENGTH) {
            // A short key is guessable; refusing to start says so before any token is made with it.
            throw new IllegalStateException(
                    "maatstaf.security.token-key must be at least " + MIN_CONFIGURED_LENGTH + " characters");
        }
    }

    /** The HMAC of the token, hex: what is stored and looked up. */
    String hash(String token) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                current = key;
                if (current == null) {
                    byte[] material = configured.isEmpty()
                            ? Base64.getDecoder().decode(stored())
                            : configured.getBytes(StandardCharsets.UTF_8);
                    current = new SecretKeySpec(material, ALGORITHM);
                    key = current;
                }
            }
        }
        return current;
    }

    /**
     * The generated key, made by the first instance that needs it. In a transaction of its own:
     * when two instances race, the loser's failed insert must not end the caller's transaction.
     */
    private String stored() {
        Optional<String> existing = read();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getEncoder().encodeToString(bytes);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO server_secret (name, secret, created_at) VALUES (:name, :secret, :at)")
                    .param("name", SECRET_NAME)
                    .param("secret", generated)
                    .param("at", OffsetDateTime.now(clock))
                    .update());
        } catch (DuplicateKeyException raced) {
            // Another instance stored its key first: use that one.
        }
        return read().orElseThrow();
    }

    private Optional<String> read() {
        return ownTransaction.execute(status -> jdbc.sql("SELECT secret FROM server_secret WHERE name = :name")
                .param("name", SECRET_NAME)
                .query(String.class)
                .optional());
    }
}
