package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.common.DutchNumbers;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private static final Questionnaire WMO = Catalogs.questionnaire("WMO", 2030);
    private static final Questionnaire JEUGD = Catalogs.questionnaire("JEUGD", 2030);
    private static final Questionnaire PARTICIPATIE = Catalogs.questionnaire("PARTICIPATIE", 2030);

    /** A Wmo questionnaire that has neither errors nor warnings. */
    private static Map<String, String> valid() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("A.KCC.fte", "2");
        raw.put("A.KCC.loonkosten", "150.000");
        raw.put("B.BESCHIKKINGEN", "1.200");
        raw.put("B.CLIENTEN", "950");
        return raw;
    }

    private static Map<String, String> valid(String key, String value) {
        Map<String, String> raw = valid();
        raw.put(key, value);
        return raw;
    }

    private static ValidationResult validate(Map<String, String> raw) {
        return SubmissionValidator.validate(WMO, raw, ValidationContext.none());
    }

    private static ValidationResult validate(Map<String, String> raw, ValidationContext context) {
        return SubmissionValidator.validate(WMO, raw, context);
    }

    @Test
    void acceptsAValidQuestionnaireWithoutFindings() {
        ValidationResult result = validate(valid());

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsDutchNotationsOfNumbers() {
        Map<String, String> raw = valid("A.TOEGANG.fte", "13,6");
        raw.put("A.TOEGANG.loonkosten", "€ 1.097.211");
        raw.put("A.TOEGANG.inhuurkosten", "1.097.211");

        ValidationResult result = validate(raw);

        assertThat(result.numbers().get("A.TOEGANG.fte")).isEqualByComparingTo("13.6");
        assertThat(result.numbers().get("A.TOEGANG.loonkosten")).isEqualByComparingTo("1097211");
        assertThat(result.numbers().get("A.TOEGANG.inhuurkosten")).isEqualByComparingTo("1097211");
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        ValidationResult result = validate(valid("A.KCC.inhuurkosten", "abc"));

        assertThat(result.errorsAt("A.KCC.inhuurkosten")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("unreadable");
            assertThat(f.detailKey()).isEqualTo(DutchNumbers.ERROR_NOT_A_NUMBER);
        });
        assertThat(result.numbers()).doesNotContainKey("A.KCC.inhuurkosten");
    }

    @Test
    void rejectsANumberWithTwoDecimalCommas() {
        ValidationResult result = validate(valid("A.KCC.inhuurkosten", "12,3,4"));

        assertThat(result.errorsAt("A.KCC.inhuurkosten"))
                .extracting(Finding::rule)
                .containsExactly("unreadable");
    }

    @Test
    void rejectsNegativeValues() {
        ValidationResult result = validate(valid("A.KCC.inhuurkosten", "-100"));

        assertThat(result.errorsAt("A.KCC.inhuurkosten"))
                .extracting(Finding::rule)
                .containsExactly("negative");
    }

    @Test
    void rejectsThirdPartyFteAboveFormation() {
        ValidationResult result = validate(valid("A.KCC.fteDerden", "2,5"));

        assertThat(result.errorsAt("A.KCC.fteDerden")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("fteDerdenAboveFte");
            assertThat(f.args()).containsExactly("2,5", "2");
        });
    }

    @Test
    void acceptsThirdPartyFteEqualToFormation() {
        Map<String, String> raw = valid("A.KCC.fteDerden", "2");
        raw.put("A.KCC.opbrengstenDerden", "150.000");

        assertThat(validate(raw).errors()).isEmpty();
    }

    @Test
    void rejectsThirdPartyRevenueWithoutThirdPartyFte() {
        ValidationResult result = validate(valid("A.KCC.opbrengstenDerden", "10.000"));

        assertThat(result.errorsAt("A.KCC.opbrengstenDerden"))
                .extracting(Finding::rule)
                .containsExactly("opbrengstenWithoutFteDerden");
    }

    @Test
    void rejectsAMissingHoofdfactor() {
        Map<String, String> raw = valid();
        raw.remove("B.BESCHIKKINGEN");

        assertThat(validate(raw).errorsAt("B.BESCHIKKINGEN"))
                .extracting(Finding::rule)
                .containsExactly("hoofdfactorMissing");
    }

    @Test
    void rejectsAZeroHoofdfactor() {
        assertThat(validate(valid("B.BESCHIKKINGEN", "0")).errorsAt("B.BESCHIKKINGEN"))
                .extracting(Finding::rule)
                .containsExactly("hoofdfactorZero");
    }

    @Test
    void reportsAnUnreadableHoofdfactorOnceAsUnreadable() {
        assertThat(validate(valid("B.BESCHIKKINGEN", "veel")).errorsAt("B.BESCHIKKINGEN"))
                .extracting(Finding::rule)
                .containsExactly("unreadable");
    }

    @Test
    void rejectsAMissingRequiredIndicator() {
        Map<String, String> raw = valid();
        raw.remove("B.CLIENTEN");

        assertThat(validate(raw).errorsAt("B.CLIENTEN"))
                .extracting(Finding::rule)
                .containsExactly("requiredMissing");
    }

    @Test
    void rejectsAbsurdFormationOfATask() {
        ValidationResult result = validate(valid("A.TOEGANG.fte", "10.000,5"));

        assertThat(result.errorsAt("A.TOEGANG.fte")).extracting(Finding::rule).containsExactly("tooLarge");
    }

    @Test
    void rejectsAmountsAboveOneBillionEuro() {
        ValidationResult result = validate(valid("C.BUDGET", "€ 1.000.000.001"));

        assertThat(result.errorsAt("C.BUDGET"))
                .singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("€ 1.000.000.001", "€ 1.000.000.000"));
    }

    @Test
    void rejectsAPercentageAboveHundred() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("B.JEUGDIGEN", "500");
        raw.put("B.BESCHIKKINGEN", "700");
        raw.put("B.AANDEEL_GEMEENTELIJKE_TOEGANG", "101");

        ValidationResult result = SubmissionValidator.validate(JEUGD, raw, ValidationContext.none());

        assertThat(result.errorsAt("B.AANDEEL_GEMEENTELIJKE_TOEGANG"))
                .extracting(Finding::rule)
                .containsExactly("tooLarge");
    }

    @Test
    void rejectsAYesNoAnswerOtherThanZeroOrOne() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("B.BIJSTANDSUITKERINGEN", "500");
        raw.put("B.WIJKTEAMS", "2");

        ValidationResult result = SubmissionValidator.validate(PARTICIPATIE, raw, ValidationContext.none());

        assertThat(result.errorsAt("B.WIJKTEAMS")).extracting(Finding::rule).containsExactly("yesNo");
    }

    @Test
    void rejectsAFractionalCount() {
        assertThat(validate(valid("B.CLIENTEN", "950,5")).errorsAt("B.CLIENTEN"))
                .extracting(Finding::rule)
                .containsExactly("notWhole");
    }

    @Test
    void warnsWhenWageCostPerFteIsBelowTheRange() {
        ValidationResult result = validate(valid("A.KCC.loonkosten", "70.000"));

        assertThat(result.warningsAt("A.KCC.loonkosten")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("wagePerFte");
            assertThat(f.args()).containsExactly("€ 35.000", "€ 40.000", "€ 120.000");
            assertThat(f.warningKey()).isEqualTo("wagePerFte:A.KCC");
        });
    }

    @Test
    void warnsWhenWageCostPerFteIsAboveTheRange() {
        assertThat(validate(valid("A.KCC.loonkosten", "250.000")).warnings())
                .extracting(Finding::rule)
                .containsExactly("wagePerFte");
    }

    @Test
    void acceptsWageCostPerFteOnTheLimits() {
        Map<String, String> raw = valid("A.KCC.loonkosten", "80.000");
        raw.put("A.TOEGANG.fte", "1");
        raw.put("A.TOEGANG.loonkosten", "120.000");

        assertThat(validate(raw).warnings()).isEmpty();
    }

    @Test
    void warnsAboutFormationWithoutWageCost() {
        Map<String, String> raw = valid("A.TOEGANG.fte", "3");

        assertThat(validate(raw).warningsAt("A.TOEGANG.loonkosten"))
                .extracting(Finding::rule)
                .containsExactly("fteWithoutWages");
    }

    @Test
    void warnsAboutWageCostWithoutFormation() {
        Map<String, String> raw = valid("A.TOEGANG.loonkosten", "90.000");

        assertThat(validate(raw).warningsAt("A.TOEGANG.fte"))
                .extracting(Finding::rule)
                .containsExactly("wagesWithoutFte");
    }

    @Test
    void warnsWhenNetCostOfATaskChangesMoreThanHalfSinceLastYear() {
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("1.5"),
                "A.KCC.loonkosten", new BigDecimal("90000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200")));

        ValidationResult result = validate(valid(), lastYear);

        assertThat(result.warnings())
                .filteredOn(f -> f.rule().equals("netCostChange"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("A.KCC");
                    assertThat(f.args()).containsExactly("+66,7%", "2029", "€ 90.000", "€ 150.000", "50%", "€ 25.000");
                });
    }

    @Test
    void warnsWhenNetFteOfATaskChangesMoreThanHalfSinceLastYear() {
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("5"),
                "A.KCC.loonkosten", new BigDecimal("150000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200")));

        assertThat(validate(valid(), lastYear).warnings())
                .extracting(Finding::rule)
                .containsExactly("netFteChange");
    }

    @Test
    void acceptsAChangeOfAtMostHalfSinceLastYear() {
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("1.4"),
                "A.KCC.loonkosten", new BigDecimal("100000"),
                "B.BESCHIKKINGEN", new BigDecimal("800")));

        assertThat(validate(valid(), lastYear).warnings()).isEmpty();
    }

    @Test
    void warnsWhenTheHoofdfactorChangesMoreThanHalfSinceLastYear() {
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("2"),
                "A.KCC.loonkosten", new BigDecimal("150000"),
                "B.BESCHIKKINGEN", new BigDecimal("3000")));

        assertThat(validate(valid(), lastYear).warningsAt("B.BESCHIKKINGEN"))
                .extracting(Finding::rule)
                .containsExactly("hoofdfactorChange");
    }

    @Test
    void doesNotCompareTasksThatAreNotFilledInYet() {
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("2"),
                "A.KCC.loonkosten", new BigDecimal("150000"),
                "A.TOEGANG.fte", new BigDecimal("10"),
                "A.TOEGANG.loonkosten", new BigDecimal("700000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200")));

        assertThat(validate(valid(), lastYear).warnings()).isEmpty();
    }

    @Test
    void warnsWhenCostPerHoofdfactorIsOutsideTheReferenceRange() {
        // 150.000 / 1.200 = € 125 per beschikking
        ValidationContext peers = new ValidationContext(
                Optional.empty(),
                2029,
                Optional.of(new ReferenceRange(new BigDecimal("150"), new BigDecimal("400"), 12, 2028)));

        assertThat(validate(valid(), peers).warningsAt("B.BESCHIKKINGEN"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("costPerUnitRange");
                    // The published band and its peiljaar: nothing of any single organisation.
                    assertThat(f.args()).containsExactly("€ 125", "€ 150", "€ 400", "2028");
                });
    }

    @Test
    void acceptsCostPerHoofdfactorInsideTheReferenceRange() {
        ValidationContext peers = new ValidationContext(
                Optional.empty(),
                2029,
                Optional.of(new ReferenceRange(new BigDecimal("100"), new BigDecimal("400"), 12, 2028)));

        assertThat(validate(valid(), peers).warnings()).isEmpty();
    }

    @Test
    void emptyFieldsAreNeitherErrorsNorNumbers() {
        Map<String, String> raw = valid("A.KCC.inhuurkosten", "  ");

        ValidationResult result = validate(raw);

        assertThat(result.errors()).isEmpty();
        assertThat(result.numbers()).doesNotContainKey("A.KCC.inhuurkosten");
    }

    // Warnings that help instead of flooding

    @Test
    void anUnreadableFteGivesItsErrorButNoWageWarningAsIfItWereZero() {
        ValidationResult result = validate(valid("A.KCC.fte", "twee"));

        assertThat(result.errorsAt("A.KCC.fte")).extracting(Finding::rule).containsExactly("unreadable");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void anUnreadableWageCostGivesNoFormationWithoutWagesWarning() {
        ValidationResult result = validate(valid("A.KCC.loonkosten", "1,5,0"));

        assertThat(result.errorsAt("A.KCC.loonkosten"))
                .extracting(Finding::rule)
                .containsExactly("unreadable");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void anUnreadableFteGivesNoThirdPartyFteAboveFormationError() {
        Map<String, String> raw = valid("A.KCC.fte", "twee");
        raw.put("A.KCC.fteDerden", "1");

        assertThat(validate(raw).errors()).extracting(Finding::rule).containsExactly("unreadable");
    }

    @Test
    void aTaskWithAnErrorIsNotComparedWithLastYear() {
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("20"),
                "A.KCC.loonkosten", new BigDecimal("1500000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200")));

        ValidationResult result = validate(valid("A.KCC.fte", "-2"), lastYear);

        assertThat(result.errorsAt("A.KCC.fte")).extracting(Finding::rule).containsExactly("negative");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aSmallFteChangeOfMoreThanHalfIsNoNews() {
        Map<String, String> raw = valid("A.TOEGANG.fte", "0,2");
        raw.put("A.TOEGANG.loonkosten", "14.000");
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("2"),
                "A.KCC.loonkosten", new BigDecimal("150000"),
                "A.TOEGANG.fte", new BigDecimal("0.1"),
                "A.TOEGANG.loonkosten", new BigDecimal("7000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200")));

        assertThat(validate(raw, lastYear).warnings())
                .extracting(Finding::rule)
                .doesNotContain("netFteChange", "netCostChange");
    }

    @Test
    void aNetCostChangeOfMoreThanHalfBelowTwentyFiveThousandEuroIsNoNews() {
        ValidationContext smallTask = previous(Map.of(
                "A.KCC.fte", new BigDecimal("2"),
                "A.KCC.loonkosten", new BigDecimal("40000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200")));

        assertThat(validate(valid("A.KCC.loonkosten", "64.999"), smallTask).warnings())
                .extracting(Finding::rule)
                .doesNotContain("netCostChange");
        assertThat(validate(valid("A.KCC.loonkosten", "65.000"), smallTask).warnings())
                .extracting(Finding::rule)
                .contains("netCostChange");
    }

    @Test
    void aNetFteChangeOfHalfAnFteOrMoreStillWarns() {
        Map<String, String> raw = valid("A.TOEGANG.fte", "0,9");
        raw.put("A.TOEGANG.loonkosten", "63.000");
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("2"),
                "A.KCC.loonkosten", new BigDecimal("150000"),
                "A.TOEGANG.fte", new BigDecimal("0.4"),
                "A.TOEGANG.loonkosten", new BigDecimal("63000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200")));

        assertThat(validate(raw, lastYear).warnings())
                .extracting(Finding::rule, Finding::subject)
                .containsExactly(tuple("netFteChange", "A.TOEGANG"));
    }

    @Test
    void aHoofdfactorChangeOfFewerThanTenUnitsIsNoNews() {
        Map<String, String> raw = valid("B.BESCHIKKINGEN", "12");
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("2"),
                "A.KCC.loonkosten", new BigDecimal("150000"),
                "B.BESCHIKKINGEN", new BigDecimal("4")));

        assertThat(validate(raw, lastYear).warningsAt("B.BESCHIKKINGEN")).isEmpty();
        assertThat(validate(valid("B.BESCHIKKINGEN", "14"), lastYear).warningsAt("B.BESCHIKKINGEN"))
                .extracting(Finding::rule)
                .containsExactly("hoofdfactorChange");
    }

    @Test
    void theNetCostAndNetFteChangeOfOneTaskShareOneExplanation() {
        ValidationContext lastYear = previous(Map.of(
                "A.KCC.fte", new BigDecimal("6"),
                "A.KCC.loonkosten", new BigDecimal("450000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200")));

        ValidationResult result = validate(valid(), lastYear);

        assertThat(result.warnings())
                .extracting(Finding::rule, Finding::warningKey)
                .containsExactly(tuple("netCostChange", "netChange:A.KCC"), tuple("netFteChange", "netChange:A.KCC"));
    }

    @Test
    void otherWarningsKeepTheirOwnExplanation() {
        assertThat(validate(valid("A.TOEGANG.fte", "3")).warnings())
                .extracting(Finding::warningKey)
                .containsExactly("fteWithoutWages:A.TOEGANG");
    }

    @Test
    void anExplanationStoredUnderAFormerKeyAnswersTheSharedKey() {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("netCostChange:A.KCC", "Team verhuisd naar het sociaal team.");
        stored.put("wagePerFte:A.KCC", "Inclusief werkgeverslasten.");

        assertThat(Finding.currentExplanations(stored))
                .containsExactly(
                        Map.entry("wagePerFte:A.KCC", "Inclusief werkgeverslasten."),
                        Map.entry("netChange:A.KCC", "Team verhuisd naar het sociaal team."));
    }

    @Test
    void twoDifferentFormerExplanationsOfOneTaskAreBothKept() {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("netFteChange:A.KCC", "Minder formatie.");
        stored.put("netCostChange:A.KCC", "Lagere loonkosten.");

        assertThat(Finding.currentExplanations(stored))
                .containsExactly(Map.entry("netChange:A.KCC", "Lagere loonkosten.\n\nMinder formatie."));
    }

    @Test
    void anExplanationUnderTheSharedKeyWinsOverAFormerOne() {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("netCostChange:A.KCC", "Oud.");
        stored.put("netChange:A.KCC", "Nieuw.");

        assertThat(Finding.currentExplanations(stored)).containsExactly(Map.entry("netChange:A.KCC", "Nieuw."));
    }

    private static ValidationContext previous(Map<String, BigDecimal> values) {
        return new ValidationContext(Optional.of(new HashMap<>(values)), 2029, Optional.empty());
    }
}
