package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a form holds anything new: a tab switch with nothing new saves nothing. */
class DraftChangesTest {

    private static final Draft STORED = new Draft(
            Optional.of(new SubmissionRow(
                    1,
                    2,
                    2131,
                    "WMO",
                    SubmissionStatus.CONCEPT,
                    4,
                    "Anna de Vries",
                    null,
                    null,
                    OffsetDateTime.parse("2131-03-01T10:00:00+01:00"),
                    "deelnemer")),
            Map.of("A.KCC.fte", new StoredValue("2,5", new BigDecimal("2.5"))),
            Map.of("W1", "Bewuste keuze."),
            List.of());

    private static DraftChanges values(Map<String, String> values) {
        return new DraftChanges(4, values, Map.of(), null);
    }

    @Test
    void formWithTheStoredTextAndBlankFieldsChangesNothing() {
        assertThat(values(Map.of("A.KCC.fte", "2,5", "A.KCC.loonkosten", " ")).changeNothingIn(STORED))
                .isTrue();
    }

    @Test
    void otherTextForTheSameNumberIsAChange() {
        assertThat(values(Map.of("A.KCC.fte", "2,50")).changeNothingIn(STORED)).isFalse();
    }

    @Test
    void emptyingAStoredFieldIsAChange() {
        assertThat(values(Map.of("A.KCC.fte", "")).changeNothingIn(STORED)).isFalse();
    }

    @Test
    void newExplanationIsAChange() {
        DraftChanges changes = new DraftChanges(4, Map.of(), Map.of("W1", "Andere reden."), null);

        assertThat(changes.changeNothingIn(STORED)).isFalse();
    }

    @Test
    void afsluitingAsStoredChangesNothingButANewContactIsAChange() {
        DraftChanges same =
                new DraftChanges(4, Map.of(), Map.of(), new DraftChanges.Closing("Anna de Vries", "", null));
        DraftChanges other = new DraftChanges(4, Map.of(), Map.of(), new DraftChanges.Closing("Piet Jansen", "", null));

        assertThat(same.changeNothingIn(STORED)).isTrue();
        assertThat(other.changeNothingIn(STORED)).isFalse();
    }

    @Test
    void anyTypedValueIsAChangeForADraftNobodySavedYet() {
        assertThat(values(Map.of("A.KCC.fte", "1")).changeNothingIn(Draft.notStarted()))
                .isFalse();
    }

    @Test
    void emptyFormChangesNothingInADraftNobodySavedYet() {
        assertThat(values(Map.of("A.KCC.fte", "", "B.CLIENTEN", "")).changeNothingIn(Draft.notStarted()))
                .isTrue();
    }
}
