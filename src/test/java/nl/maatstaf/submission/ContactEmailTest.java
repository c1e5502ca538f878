package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactEmailTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a.devries@example.nl",
                "anna+maatstaf@gemeente-utrecht.nl",
                " a.devries@example.nl ",
                "o'brien@sub.domein.example.org",
                "jörg@müller.de"
            })
    void acceptsAPlainAddress(String email) {
        assertThat(ContactEmail.valid(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "geen-apenstaartje.nl",
                "anna de vries@example.nl",
                "anna@example",
                "anna@@example.nl",
                "anna@example..nl",
                "\"anna de vries\"@example.nl",
                "anna@example.nl\r\nBcc: iedereen@example.org",
                "anna@example.nl\nX-Injected: ja",
                "anna\t@example.nl",
                "@example.nl",
                "anna@.nl"
            })
    void refusesAMalformedAddress(String email) {
        assertThat(ContactEmail.valid(email)).isFalse();
    }

    @Test
    void refusesAnAddressOfMoreThan254Characters() {
        String label = "a".repeat(61);
        String address = "anna@" + String.join(".", label, label, label, label) + ".nl";

        assertThat(address).hasSizeGreaterThan(ContactEmail.MAX_LENGTH);
        assertThat(ContactEmail.valid(address)).isFalse();
    }

    @Test
    void refusesALocalPartOfMoreThan64Characters() {
        assertThat(ContactEmail.valid("a".repeat(65) + "@example.nl")).isFalse();
    }

    @Test
    void leavesABlankAddressToTheCheckOnSubmission() {
        assertThat(ContactEmail.valid(null)).isTrue();
        assertThat(ContactEmail.valid("  ")).isTrue();
    }

    @Test
    void namesTheEmailFieldOfAChangeWithAMalformedAddress() {
        DraftChanges changes =
                new DraftChanges(0, Map.of(), Map.of(), new DraftChanges.Closing("Anna", "anna@example", null));

        assertThat(ContactEmail.refusals(changes)).containsEntry("contactEmail", ContactEmail.INVALID);
    }
}
