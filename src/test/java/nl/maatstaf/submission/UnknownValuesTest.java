package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Spec §8: "niet bekend" and "n.v.t." are answers of their own in part A, never 0. */
class UnknownValuesTest {

    private static final Questionnaire WMO = Catalogs.questionnaire("WMO", 2030);

    private static Map<String, String> valid() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("A.KCC.fte", "2");
        raw.put("A.KCC.loonkosten", "150.000");
        raw.put("B.BESCHIKKINGEN", "1.200");
        raw.put("B.CLIENTEN", "950");
        return raw;
    }

    private static ValidationResult validate(Map<String, String> raw) {
        return SubmissionValidator.validate(WMO, raw, ValidationContext.none());
    }

    @Test
    void readsTheDutchWordsTheirAbbreviationsAndTheApiConstantsAsMarkers() {
        assertThat(ValueMarker.read("niet bekend")).contains(ValueMarker.NIET_BEKEND);
        assertThat(ValueMarker.read(" NB ")).contains(ValueMarker.NIET_BEKEND);
        assertThat(ValueMarker.read("NIET_BEKEND")).contains(ValueMarker.NIET_BEKEND);
        assertThat(ValueMarker.read("n.v.t.")).contains(ValueMarker.NIET_VAN_TOEPASSING);
        assertThat(ValueMarker.read("Nvt")).contains(ValueMarker.NIET_VAN_TOEPASSING);
        assertThat(ValueMarker.read("NIET_VAN_TOEPASSING")).contains(ValueMarker.NIET_VAN_TOEPASSING);
        assertThat(ValueMarker.read("0")).isEmpty();
        assertThat(ValueMarker.read("")).isEmpty();
    }

    @Test
    void aTaskValueNotKnownIsAMarkerAndNotANumber() {
        Map<String, String> raw = valid();
        raw.put("A.KCC.inhuurkosten", "niet bekend");

        ValidationResult result = validate(raw);

        assertThat(result.errors()).isEmpty();
        assertThat(result.markers()).containsEntry("A.KCC.inhuurkosten", ValueMarker.NIET_BEKEND);
        assertThat(result.numbers()).doesNotContainKey("A.KCC.inhuurkosten");
    }

    @Test
    void anIndicatorCannotBeMarkedNotKnown() {
        Map<String, String> raw = valid();
        raw.put("B.CLIENTEN", "niet bekend");

        ValidationResult result = validate(raw);

        assertThat(result.errors())
                .extracting(Finding::rule, Finding::fieldKey)
                .contains(org.assertj.core.groups.Tuple.tuple("markerNotAllowed", "B.CLIENTEN"));
        assertThat(result.markers()).isEmpty();
    }

    @Test
    void aTaskWithAnUnknownWageCostDoesNotWarnAboutFteWithoutWages() {
        Map<String, String> raw = valid();
        raw.put("A.KCC.loonkosten", "niet bekend");

        ValidationResult result = validate(raw);

        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aTaskWithAnUnknownValueIsNotComparedWithLastYear() {
        Map<String, String> raw = valid();
        raw.put("A.KCC.fte", "nvt");
        raw.put("A.KCC.loonkosten", "nvt");
        Map<String, BigDecimal> lastYear = Map.of(
                "A.KCC.fte", new BigDecimal("8"),
                "A.KCC.loonkosten", new BigDecimal("600000"),
                "B.BESCHIKKINGEN", new BigDecimal("1200"));
        ValidationContext context = new ValidationContext(Optional.of(lastYear), 2029, Optional.empty());

        ValidationResult result = SubmissionValidator.validate(WMO, raw, context);

        assertThat(result.warnings()).extracting(Finding::rule).doesNotContain("netCostChange", "netFteChange");
    }

    @Test
    void aWholeGroupCanBeMarkedAndThenHoldsNoNumbers() {
        String group = WMO.catalog().groups().get(0).code();
        String task = WMO.catalog().groups().get(0).tasks().get(0).code();
        Map<String, String> raw = valid();
        raw.remove("A.KCC.fte");
        raw.remove("A.KCC.loonkosten");
        raw.put(FieldKeys.group(group), "niet bekend");
        raw.put(FieldKeys.task(task, TaskField.FTE), "3");

        ValidationResult result = validate(raw);

        assertThat(result.markers()).containsEntry(FieldKeys.group(group), ValueMarker.NIET_BEKEND);
        assertThat(result.errors())
                .extracting(Finding::rule, Finding::fieldKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("valueInMarkedGroup", FieldKeys.task(task, TaskField.FTE)));
    }

    @Test
    void aGroupsOwnFieldTakesNoNumber() {
        String group = WMO.catalog().groups().get(0).code();
        Map<String, String> raw = valid();
        raw.put(FieldKeys.group(group), "3");

        ValidationResult result = validate(raw);

        assertThat(result.errors()).extracting(Finding::rule).containsExactly("groupMarkerOnly");
    }

    @Test
    void zeroStaysZero() {
        Map<String, String> raw = valid();
        raw.put("A.KCC.inhuurkosten", "0");

        ValidationResult result = validate(raw);

        assertThat(result.markers()).isEmpty();
        assertThat(result.numbers().get("A.KCC.inhuurkosten")).isEqualByComparingTo("0");
    }
}
