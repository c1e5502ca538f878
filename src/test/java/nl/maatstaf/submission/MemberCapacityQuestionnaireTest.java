package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberCapacityQuestionnaireTest {

    private static final Questionnaire COOPERATION = Questionnaire.of(Catalogs.module("WMO", 2360), true);
    private static final Questionnaire MUNICIPALITY = Questionnaire.of(Catalogs.module("WMO", 2360), false);

    private static Map<String, String> valid(String key, String value) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("A.KCC.fte", "2");
        raw.put("A.KCC.loonkosten", "150.000");
        raw.put("B.BESCHIKKINGEN", "1.200");
        raw.put("B.CLIENTEN", "950");
        raw.put(key, value);
        return raw;
    }

    private static ValidationResult validate(Map<String, String> raw) {
        return SubmissionValidator.validate(COOPERATION, raw, ValidationContext.none());
    }

    @Test
    void aCooperationsPartAAsksFteCostAndDescriptionPerGroup() {
        for (var group : COOPERATION.catalog().groups()) {
            assertThat(COOPERATION.field(FieldKeys.memberFte(group.code())))
                    .hasValueSatisfying(f -> assertThat(f.type()).isEqualTo(FieldType.FTE));
            assertThat(COOPERATION.field(FieldKeys.memberCost(group.code())))
                    .hasValueSatisfying(f -> assertThat(f.type()).isEqualTo(FieldType.AMOUNT));
            assertThat(COOPERATION.field(FieldKeys.memberDescription(group.code())))
                    .hasValueSatisfying(f -> assertThat(f.part()).isEqualTo(Part.A));
        }
    }

    @Test
    void aMunicipalitysQuestionnaireHasNoCapacityAtMemberMunicipalities() {
        assertThat(MUNICIPALITY.fields()).noneMatch(f -> FieldKeys.isMemberCapacity(f.key()));
        assertThat(MUNICIPALITY.refusesMemberCapacity("A.BELEID.gemeentenFte")).isTrue();
        assertThat(MUNICIPALITY.refusesMemberCapacity("A.ONBEKEND.fte")).isFalse();
        assertThat(COOPERATION.refusesMemberCapacity("A.BELEID.gemeentenFte")).isFalse();
    }

    @Test
    void theFteAndCostAreReadAsDutchNumbers() {
        ValidationResult result = validate(valid("A.BELEID.gemeentenFte", "1,5"));
        ValidationResult cost = validate(valid("A.BELEID.gemeentenKosten", "€ 120.000"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.numbers().get("A.BELEID.gemeentenFte")).isEqualByComparingTo("1.5");
        assertThat(cost.numbers().get("A.BELEID.gemeentenKosten")).isEqualByComparingTo("120000");
    }

    @Test
    void aNegativeFteIsAnErrorAtItsField() {
        ValidationResult result = validate(valid("A.BELEID.gemeentenFte", "-1"));

        assertThat(result.errorsAt("A.BELEID.gemeentenFte"))
                .extracting(Finding::rule)
                .containsExactly("negative");
    }

    @Test
    void aCostWithCentsIsAnErrorAtItsField() {
        ValidationResult result = validate(valid("A.BELEID.gemeentenKosten", "1.000,50"));

        assertThat(result.errorsAt("A.BELEID.gemeentenKosten")).isNotEmpty();
        assertThat(result.numbers()).doesNotContainKey("A.BELEID.gemeentenKosten");
    }

    @Test
    void theDescriptionIsTextNotANumber() {
        ValidationResult result = validate(valid("A.BELEID.gemeentenOmschrijving", "Beleid bij 3 gemeenten"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.numbers()).doesNotContainKey("A.BELEID.gemeentenOmschrijving");
    }

    @Test
    void aDescriptionOverTwoHundredCharactersIsAnError() {
        ValidationResult result = validate(valid("A.BELEID.gemeentenOmschrijving", "x".repeat(201)));

        assertThat(result.errorsAt("A.BELEID.gemeentenOmschrijving"))
                .extracting(Finding::rule)
                .containsExactly("textTooLong");
    }

    @Test
    void onlyTheDescriptionKeyIsAText() {
        assertThat(FieldKeys.isText("A.BELEID.gemeentenOmschrijving")).isTrue();
        assertThat(FieldKeys.isText("A.BELEID.gemeentenFte")).isFalse();
        assertThat(FieldKeys.isMemberCapacity("A.BELEID.gemeentenKosten")).isTrue();
        assertThat(FieldKeys.isMemberCapacity("A.KCC.fte")).isFalse();
    }

    @Test
    void theCostAtMemberMunicipalitiesCountsInTheTotalCostOfThePlausibilityCheck() {
        Map<String, java.math.BigDecimal> numbers = Map.of(
                "A.KCC.loonkosten", new java.math.BigDecimal("150000"),
                "A.BELEID.gemeentenKosten", new java.math.BigDecimal("50000"));

        assertThat(NetFigures.totalCost(COOPERATION.catalog(), numbers)).isEqualByComparingTo("200000");
    }
}
