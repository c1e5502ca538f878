package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadFileNameTest {

    @Test
    void refusesControlCharactersLineBreaksAndDirectionOverrides() {
        for (String name :
                new String[] {"a\u0000.xlsx", "a\r\n.xlsx", "a\t.xlsx", "a\u0085.xlsx", "a\u202e.xlsx", "a\u2028"}) {
            assertThat(UploadFileName.problem(name)).as(name).contains(UploadFileName.BAD_NAME);
        }
    }

    @Test
    void acceptsOrdinaryNamesWithAccentsAndEmoji() {
        assertThat(UploadFileName.problem("Financiën 2025 (def) 📊.xlsx")).isEmpty();
        assertThat(UploadFileName.problem(null)).isEmpty();
    }

    @Test
    void refusesALoneSurrogate() {
        assertThat(UploadFileName.problem("a\ud83d.xlsx")).contains(UploadFileName.BAD_NAME);
    }

    @Test
    void keepsOnlyTheLastPartOfAPathAndFallsBackWhenNothingIsLeft() {
        assertThat(UploadFileName.storable("C:\\Users\\x\\cijfers.xlsx", "vragenlijst.xlsx"))
                .isEqualTo("cijfers.xlsx");
        assertThat(UploadFileName.storable("../../", "vragenlijst.xlsx")).isEqualTo("vragenlijst.xlsx");
        assertThat(UploadFileName.storable("map/..", "vragenlijst.xlsx")).isEqualTo("vragenlijst.xlsx");
    }

    @Test
    void boundsALongNameKeepingItsExtension() {
        String stored = UploadFileName.storable("x".repeat(300) + ".xlsx", "vragenlijst.xlsx");

        assertThat(stored).hasSize(200).endsWith(".xlsx");
    }
}
