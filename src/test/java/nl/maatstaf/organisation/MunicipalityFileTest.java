package nl.maatstaf.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MunicipalityFileTest {

    private static MunicipalityFile.Contents read(String text) {
        return MunicipalityFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsColumnsInAnyOrderAndCaseWithABomCodesWithoutPrefixAndDutchThousands() {
        MunicipalityFile.Contents contents =
                read("\uFEFFinwoners;PROVINCIENAAM;gemeentenaam;GemeenteCode;Huishoudens\r\n"
                        + "\"872.779\";Noord-Holland;Amsterdam;0363;\"466.100\"\r\n"
                        + "24609;Groningen;Delfzijl;GM10;\r\n");

        assertThat(contents.municipalities())
                .containsExactly(
                        new MunicipalityFile.Entry("GM0363", "Amsterdam", "Noord-Holland", 872_779, 466_100),
                        new MunicipalityFile.Entry("GM0010", "Delfzijl", "Groningen", 24_609, null));
    }

    @Test
    void aRowWithAnOpvolgerRecordsAMergerInsteadOfAMunicipality() {
        MunicipalityFile.Contents contents = read("Gemeentecode;Gemeentenaam;Provincienaam;Inwoners;Opvolger\n"
                + "GM1979;Eemsdelta;Groningen;95.000;\n"
                + "GM0003;Appingedam;;;GM1979\n");

        assertThat(contents.municipalities())
                .extracting(MunicipalityFile.Entry::code)
                .containsExactly("GM1979");
        assertThat(contents.successors()).containsEntry("GM0003", "GM1979");
    }

    @Test
    void acceptsTheShippedListWithItsOlderHeaderNames() {
        assertThat(read("gemeentecode;naam;provincie;inwoners\nGM0003;Appingedam;Groningen;11523\n")
                        .municipalities())
                .hasSize(1);
    }

    @Test
    void namesTheMissingColumn() {
        assertThatThrownBy(() -> read("Gemeentecode;Gemeentenaam;Inwoners\nGM0003;Appingedam;1\n"))
                .isInstanceOfSatisfying(InvalidMunicipalityListException.class, e -> {
                    assertThat(e.problem()).isEqualTo("missingColumn");
                    assertThat(e.messageArgs()).containsExactly("1", "Provincienaam");
                });
    }

    @Test
    void refusesAnumberWithADecimalCommaAsInhabitants() {
        assertThatThrownBy(() ->
                        read("Gemeentecode;Gemeentenaam;Provincienaam;Inwoners\nGM0003;Appingedam;Groningen;11,5\n"))
                .isInstanceOfSatisfying(
                        InvalidMunicipalityListException.class,
                        e -> assertThat(e.problem()).isEqualTo("inhabitants"));
    }

    @Test
    void refusesACommaSeparatedFile() {
        assertThatThrownBy(
                        () -> read("Gemeentecode,Gemeentenaam,Provincienaam,Inwoners\nGM0003,Appingedam,Groningen,1\n"))
                .isInstanceOfSatisfying(
                        InvalidMunicipalityListException.class,
                        e -> assertThat(e.problem()).isEqualTo("separator"));
    }

    @Test
    void refusesAReplacementCharacterAsAWrongEncoding() {
        assertThatThrownBy(() ->
                        read("Gemeentecode;Gemeentenaam;Provincienaam;Inwoners\nGM1900;S\uFFFDdwest;Frysl\uFFFDn;1\n"))
                .isInstanceOfSatisfying(InvalidMunicipalityListException.class, e -> {
                    assertThat(e.problem()).isEqualTo("encoding");
                    assertThat(e.lineNumber()).isEqualTo(2);
                });
    }

    @Test
    void refusesAFileWithOnlyAHeader() {
        assertThatThrownBy(() -> read("Gemeentecode;Gemeentenaam;Provincienaam;Inwoners\n"))
                .isInstanceOfSatisfying(
                        InvalidMunicipalityListException.class,
                        e -> assertThat(e.problem()).isEqualTo("empty"));
    }
}
