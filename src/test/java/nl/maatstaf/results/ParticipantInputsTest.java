package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.IndicatorType;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.TaskInput;
import nl.maatstaf.submission.ApprovedSubmission;
import org.junit.jupiter.api.Test;

class ParticipantInputsTest {

    private final ModuleCatalog module = ResultsFixtures.participatie();

    @Test
    void readsTheFiveTaskFieldsOfPartA() {
        OrganisationInput input = ParticipantInputs.of(module, ResultsFixtures.workedExample(), 40_000L);

        TaskInput kmWerk = input.tasks().get("KM_WERK");
        assertThat(kmWerk.fte()).isEqualByComparingTo("5.0");
        assertThat(kmWerk.loonkosten()).isEqualByComparingTo("390000");
        assertThat(kmWerk.inhuurkosten()).isEqualByComparingTo("0");
        assertThat(kmWerk.fteDerden()).isEqualByComparingTo("0.5");
        assertThat(kmWerk.opbrengstenDerden()).isEqualByComparingTo("35000");
    }

    @Test
    void readsTheOutsourcingLinePerGroup() {
        OrganisationInput input = ParticipantInputs.of(module, ResultsFixtures.workedExample(), 40_000L);

        assertThat(input.outsourcingByGroup()).containsEntry("UITVOERING", new BigDecimal("50000"));
        assertThat(input.outsourcingByGroup()).doesNotContainKey("BELEID");
    }

    @Test
    void readsPartBIndicatorsAndTheInhabitants() {
        OrganisationInput input = ParticipantInputs.of(module, ResultsFixtures.workedExample(), 40_000L);

        assertThat(input.indicators()).containsEntry("BIJSTANDSUITKERINGEN", new BigDecimal("500"));
        assertThat(input.indicators()).containsEntry("BEZWAAR", new BigDecimal("30"));
        assertThat(input.inhabitants()).isEqualByComparingTo("40000");
    }

    @Test
    void readsPartCFinanceOfModulesThatHaveIt() {
        ModuleCatalog wmo = withFinance();
        ApprovedSubmission submission =
                new ApprovedSubmission(7, 1, 1, Map.of("B.BESCHIKKINGEN", BigDecimal.TEN, "C.BUDGET", BigDecimal.ONE));

        OrganisationInput input = ParticipantInputs.of(wmo, submission, null);

        assertThat(input.finance()).containsEntry("BUDGET", BigDecimal.ONE);
        assertThat(input.inhabitants()).isNull();
    }

    @Test
    void ignoresStoredKeysTheCatalogueDoesNotKnow() {
        ApprovedSubmission submission = new ApprovedSubmission(
                7,
                1,
                1,
                Map.of(
                        "B.BIJSTANDSUITKERINGEN", BigDecimal.TEN,
                        "A.ONBEKEND.fte", BigDecimal.ONE,
                        "B.ONBEKEND", BigDecimal.ONE));

        OrganisationInput input = ParticipantInputs.of(module, submission, 1L);

        assertThat(input.tasks()).doesNotContainKey("ONBEKEND");
        assertThat(input.indicators()).containsOnlyKeys("BIJSTANDSUITKERINGEN");
    }

    @Test
    void leavesOutSubmissionsWithoutAPositiveHoofdfactor() {
        ApprovedSubmission zero = new ApprovedSubmission(8, 2, 1, Map.of("B.BIJSTANDSUITKERINGEN", BigDecimal.ZERO));
        ApprovedSubmission missing = new ApprovedSubmission(9, 3, 1, Map.of("A.KCC.fte", BigDecimal.ONE));

        List<OrganisationInput> inputs =
                ParticipantInputs.of(module, List.of(ResultsFixtures.workedExample(), zero, missing), Map.of());

        assertThat(inputs).extracting(OrganisationInput::organisationId).containsExactly(ResultsFixtures.OWN_ID);
    }

    private static ModuleCatalog withFinance() {
        ModuleCatalog participatie = ResultsFixtures.participatie();
        return new ModuleCatalog(
                2025,
                "WMO",
                "wmo",
                participatie.name(),
                participatie.law(),
                participatie.introduction(),
                "BESCHIKKINGEN",
                null,
                participatie.groups(),
                participatie.indicators(),
                List.of(new Indicator(
                        "BUDGET",
                        participatie.name(),
                        participatie.name(),
                        IndicatorType.AMOUNT,
                        participatie.name(),
                        participatie.name(),
                        false)),
                List.of(),
                participatie.readingGuide());
    }
}
