package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailsValidatorTest {

    private static final Questionnaire WMO = Catalogs.questionnaire("WMO", 2030);

    private static DetailsValidator.Checked check(Map<String, String> raw, DraftDetails details) {
        ValidationResult values = SubmissionValidator.validate(WMO, raw, ValidationContext.none());
        return DetailsValidator.check(WMO, values, details);
    }

    private static DetailsValidator.Checked basis(String basis, String peildatum) {
        return check(Map.of(), new DraftDetails(basis, peildatum, List.of()));
    }

    private static DetailsValidator.Checked corrections(String inhuur, DraftDetails.Line... lines) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("A.KCC.inhuurkosten", inhuur);
        return check(raw, new DraftDetails(null, null, List.of(lines)));
    }

    private static List<String> rules(DetailsValidator.Checked checked) {
        return checked.errors().stream().map(Finding::rule).toList();
    }

    @Test
    void withoutAnyDetailsTheBasisIsTheBudget() {
        DetailsValidator.Checked checked = check(Map.of(), DraftDetails.NONE);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.basis()).isEqualTo(SubmissionBasis.BUDGET);
    }

    @Test
    void theFormationBasisNeedsAPeildatum() {
        DetailsValidator.Checked checked = basis("FORMATIE", " ");

        assertThat(rules(checked)).containsExactly("peildatumMissing");
        assertThat(checked.errors().get(0).fieldKey()).isEqualTo("peildatum");
        assertThat(checked.basis()).isNull();
    }

    @Test
    void aPeildatumThatIsNoDateIsAnError() {
        assertThat(rules(basis("FORMATIE", "31-2-2030"))).containsExactly("peildatumUnreadable");
        assertThat(rules(basis("FORMATIE", "morgen"))).containsExactly("peildatumUnreadable");
    }

    @Test
    void aPeildatumFarFromThePeiljaarIsAnError() {
        DetailsValidator.Checked checked = basis("FORMATIE", "1-1-2020");

        assertThat(rules(checked)).containsExactly("peildatumOutOfRange");
        assertThat(checked.errors().get(0).args()).containsExactly("1-1-2020", "2030", "1-1-2029", "31-12-2031");
    }

    @Test
    void aPeildatumIsReadInTheUsualDutchWays() {
        LocalDate expected = LocalDate.of(2030, 1, 1);

        assertThat(basis("FORMATIE", "1-1-2030").basis().peildatum()).isEqualTo(expected);
        assertThat(basis("FORMATIE", "01/01/2030").basis().peildatum()).isEqualTo(expected);
        assertThat(basis("FORMATIE", "2030-01-01").basis().peildatum()).isEqualTo(expected);
        assertThat(basis("FORMATIE", "1 januari 2030").basis().peildatum()).isEqualTo(expected);
    }

    @Test
    void aPeildatumWithTheBudgetBasisIsIgnored() {
        DetailsValidator.Checked checked = basis("BEGROTING", "geen datum");

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.basis()).isEqualTo(SubmissionBasis.BUDGET);
    }

    @Test
    void correctionsWithinTheInhuurkostenAreAccepted() {
        DetailsValidator.Checked checked = corrections(
                "20.000",
                new DraftDetails.Line("KCC", "INCIDENTEEL", "12.000", "Eenmalig project"),
                new DraftDetails.Line("KCC", "BEZUINIGING", "8000", "Bezuiniging 2031"));

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.corrections())
                .extracting(HireCorrection::amount)
                .map(Object::toString)
                .containsExactly("12000", "8000");
    }

    @Test
    void correctionsAboveTheInhuurkostenAreRefusedAtTheLastAmount() {
        DetailsValidator.Checked checked = corrections(
                "20.000",
                new DraftDetails.Line("KCC", "INCIDENTEEL", "12.000", "Eenmalig project"),
                new DraftDetails.Line("KCC", "BEZUINIGING", "9000", "Bezuiniging 2031"));

        assertThat(rules(checked)).containsExactly("correctionExceedsHire");
        assertThat(checked.errors().get(0).fieldKey()).isEqualTo("correctie.KCC.2.bedrag");
        assertThat(checked.errors().get(0).args()).containsExactly("€ 21.000", "€ 20.000");
    }

    @Test
    void aCorrectionWithoutInhuurkostenIsRefused() {
        assertThat(rules(corrections("", new DraftDetails.Line("KCC", "INCIDENTEEL", "1", "reden"))))
                .containsExactly("correctionExceedsHire");
    }

    @Test
    void aCorrectionNeedsAKindAnAmountAndAReason() {
        DetailsValidator.Checked checked = corrections("20.000", new DraftDetails.Line("KCC", null, "5000", null));

        assertThat(rules(checked)).containsExactly("correctionKindMissing", "correctionReasonMissing");
        assertThat(checked.errors())
                .extracting(Finding::fieldKey)
                .containsExactly("correctie.KCC.1.soort", "correctie.KCC.1.reden");
        assertThat(checked.corrections()).isEmpty();
    }

    @Test
    void aCorrectionAmountIsAPositiveWholeEuroAmount() {
        assertThat(rules(corrections("20.000", new DraftDetails.Line("KCC", "INCIDENTEEL", "0", "reden"))))
                .containsExactly("correctionAmountNotPositive");
        assertThat(rules(corrections("20.000", new DraftDetails.Line("KCC", "INCIDENTEEL", "12,5", "reden"))))
                .containsExactly("correctionAmountUnreadable");
    }

    @Test
    void aReasonLongerThanTheMaximumIsAnError() {
        DetailsValidator.Checked checked =
                corrections("20.000", new DraftDetails.Line("KCC", "INCIDENTEEL", "5000", "x".repeat(501)));

        assertThat(rules(checked)).containsExactly("correctionReasonTooLong");
        assertThat(checked.errors().get(0).args()).containsExactly("1", "500", "501");
    }
}
