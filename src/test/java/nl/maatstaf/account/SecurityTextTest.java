package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityTextTest {

    @Test
    void replacesControlCharactersSoARecordCannotForgeALine() {
        assertThat(SecurityText.username("jan\r\nbeheerder\u0000")).isEqualTo("jan??beheerder?");
    }

    @Test
    void shortensAUsernameToTheColumnLength() {
        assertThat(SecurityText.username("x".repeat(500))).hasSize(SecurityText.MAX_USERNAME);
    }

    @Test
    void replacesASurrogateLeftAloneByTheCut() {
        String typed = "x".repeat(SecurityText.MAX_USERNAME - 1) + "😀";

        assertThat(SecurityText.username(typed)).isEqualTo("x".repeat(SecurityText.MAX_USERNAME - 1) + "?");
    }

    @Test
    void keepsLettersWithAccentsAndEmoji() {
        assertThat(SecurityText.username("José😀")).isEqualTo("José😀");
    }

    @Test
    void makesAMissingValueEmpty() {
        assertThat(SecurityText.address(null)).isEmpty();
    }
}
