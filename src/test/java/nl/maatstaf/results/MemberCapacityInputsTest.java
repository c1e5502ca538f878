package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.FieldKeys;
import org.junit.jupiter.api.Test;

class MemberCapacityInputsTest {

    private final ModuleCatalog module = ResultsFixtures.participatie();

    private static ApprovedSubmission withPolicyStaffAtTheMembers() {
        ApprovedSubmission worked = ResultsFixtures.workedExample();
        Map<String, BigDecimal> values = new LinkedHashMap<>(worked.values());
        values.put(FieldKeys.memberFte("BELEID"), new BigDecimal("1"));
        values.put(FieldKeys.memberCost("BELEID"), new BigDecimal("80000"));
        return new ApprovedSubmission(
                worked.organisationId(),
                worked.versionId(),
                worked.versionNo(),
                values,
                Map.of(),
                Map.of(FieldKeys.memberDescription("BELEID"), "Beleid bij de gemeenten"));
    }

    @Test
    void aCooperationsCapacityAtItsMembersBecomesEngineInput() {
        ApprovedSubmission submission = withPolicyStaffAtTheMembers();

        OrganisationInput input = ParticipantInputs.of(
                        module, List.of(submission), Map.of(), Set.of(submission.organisationId()))
                .get(0);

        assertThat(input.cooperation()).isTrue();
        assertThat(input.memberCapacityByGroup()).containsOnlyKeys("BELEID");
        assertThat(input.memberCapacityByGroup().get("BELEID").cost()).isEqualByComparingTo("80000");
        // Worked example: Beleid € 95.000 of its own, now with € 80.000 at the members.
        assertThat(BenchmarkEngine.figures(module.engineDefinition(), input)
                        .group("BELEID")
                        .figures()
                        .cost())
                .isEqualByComparingTo("175000");
    }

    @Test
    void aStrayValueInAMunicipalitysDataNeverBecomesAFigure() {
        OrganisationInput input = ParticipantInputs.of(module, List.of(withPolicyStaffAtTheMembers()), Map.of())
                .get(0);

        assertThat(input.cooperation()).isFalse();
        assertThat(input.memberCapacityByGroup()).isEmpty();
    }
}
