package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 secret of the RFC 6238 test vectors, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void makesTheCodesOfTheRfc6238TestVectorsInSixDigits() {
        // RFC 6238 appendix B gives eight digits (94287082, 07081804, 14050471); apps show the last six.
        assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, 1111111111L / 30)).isEqualTo("050471");
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterNow() {
        Instant now = Instant.ofEpochSecond(1111111111L);
        long step = now.getEpochSecond() / 30;

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now))
                .hasValue(step + 1);
    }

    @Test
    void refusesTheCodeOfTwoStepsAgo() {
        Instant now = Instant.ofEpochSecond(1111111111L);
        long step = now.getEpochSecond() / 30;

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now))
                .isEmpty();
    }

    @Test
    void refusesSomethingThatIsNoSixDigitCode() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void acceptsACodeTypedWithASpace() {
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", Instant.ofEpochSecond(59)))
                .hasValue(1);
    }

    @Test
    void base32RoundTripsAndIgnoresSpacesAndCase() {
        byte[] bytes = {0, 1, 2, (byte) 0xfe, (byte) 0xff, 42, 7};

        assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theAppAddressNamesIssuerAccountAndSecret() {
        assertThat(Totp.uri("Maatstaf", "j.jansen", "ABC"))
                .isEqualTo(
                        "otpauth://totp/Maatstaf:j.jansen?secret=ABC&issuer=Maatstaf&algorithm=SHA1&digits=6&period=30");
    }
}
