package nl.maatstaf.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/** Computes TOTP codes in a test from the secret the enrolment page shows, as an authenticator app would. */
public final class TotpCodes {

    private static final Pattern SECRET = Pattern.compile("class=\"totp-secret\">([A-Z2-7 ]+)<");

    private TotpCodes() {}

    public static String secretOn(String html) {
        Matcher matcher = SECRET.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No secret on the page");
        }
        return matcher.group(1).replace(" ", "");
    }

    /** The code for the moment {@code stepsFromNow} 30-second steps away from now. */
    public static String code(String secret, int stepsFromNow) {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(
                    Duration.ofSeconds(30), 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
            Instant at = Instant.now().plusSeconds(30L * stepsFromNow);
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(Base32.decode(secret), generator.getAlgorithm()), at);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
