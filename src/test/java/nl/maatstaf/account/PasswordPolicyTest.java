package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.problem("jbakker", "Zomerse-Regenbui-3917")).isEmpty();
        assertThat(policy.problem("collega-mer", "een-lang-wachtwoord")).isEmpty();
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharacters() {
        assertThat(policy.problem("jbakker", "Kort-9x!")).contains("password.error.length");
    }

    @Test
    void refusesAPasswordLongerThanTheSeventyTwoBytesBcryptReads() {
        assertThat(policy.problem("jbakker", "é".repeat(37))).contains("password.error.length");
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThat(policy.problem("jbakker", "QWERTYUIOP123")).contains("password.error.common");
        assertThat(policy.problem("jbakker", "Wachtwoord123")).contains("password.error.common");
    }

    @Test
    void refusesACommonWordWithDigitsAndSignsAddedAtTheEnd() {
        assertThat(policy.problem("jbakker", "Welkom2024!!!")).contains("password.error.common");
        assertThat(policy.problem("jbakker", "Feyenoord1908")).contains("password.error.common");
    }

    @Test
    void refusesAPasswordContainingTheUsernameForwardsOrBackwards() {
        assertThat(policy.problem("jbakker", "Mijn-JBAKKER-sleutel")).contains("password.error.username");
        assertThat(policy.problem("jbakker", "Mijn-rekkabj-sleutel")).contains("password.error.username");
    }

    @Test
    void refusesOneRepeatedCharacterAndSimpleRuns() {
        assertThat(policy.problem("jbakker", "zzzzzzzzzzzzzz")).contains("password.error.simple");
        assertThat(policy.problem("jbakker", "abcdefghijklmn")).contains("password.error.simple");
        assertThat(policy.problem("jbakker", "98765-43210-xy")).contains("password.error.simple");
        assertThat(policy.problem("jbakker", "abababababababab")).contains("password.error.simple");
    }
}
