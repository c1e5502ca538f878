package nl.maatstaf.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnrolmentListTest {

    @Test
    void readsOneCodePerLineAndSkipsBlankLinesKeepingTheLineNumbers() {
        assertThat(EnrolmentList.parse("GM0363\n\n  sw0001  \r\nGM0014"))
                .containsExactly(
                        new EnrolmentList.Line(1, "GM0363"),
                        new EnrolmentList.Line(3, "SW0001"),
                        new EnrolmentList.Line(4, "GM0014"));
    }

    @Test
    void readsTheFirstColumnOfACsvExportAndSkipsItsHeadingAndByteOrderMark() {
        assertThat(EnrolmentList.parse("\uFEFFcode;naam\r\n\"GM0363\";Amsterdam\r\nGM0014,Groningen\r\nGM0034\tAlmere"))
                .containsExactly(
                        new EnrolmentList.Line(2, "GM0363"),
                        new EnrolmentList.Line(3, "GM0014"),
                        new EnrolmentList.Line(4, "GM0034"));
    }

    @Test
    void aHeadingWordFurtherDownIsTakenAsACodeSoItIsReportedAsUnknown() {
        assertThat(EnrolmentList.parse("GM0363\ncode"))
                .containsExactly(new EnrolmentList.Line(1, "GM0363"), new EnrolmentList.Line(2, "CODE"));
    }

    @Test
    void nothingIsNoLines() {
        assertThat(EnrolmentList.parse(null)).isEmpty();
        assertThat(EnrolmentList.parse(" \n \n")).isEmpty();
    }
}
