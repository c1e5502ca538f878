package nl.maatstaf.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: 30-second steps, six
 * digits, HMAC-SHA1. A code is accepted for the step before, the current and the next one, so a
 * clock a little off still works; the step it matched is returned so it can be refused again.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The step of {@code now} the code matches (allowing one step either side); empty when none does. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replace(" ", "").strip();
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (code(secret, step).equals(typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a time step, with leading zeros. */
    static String code(String secret, long step) {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(
                    STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
            SecretKeySpec key = new SecretKeySpec(Base32.decode(secret), generator.getAlgorithm());
            int value = generator.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", value);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The otpauth:// address an authenticator app reads (typed over or from a QR code). */
    static String uri(String issuer, String username, String secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
