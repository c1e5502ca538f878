package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.CorrectionKind;
import nl.maatstaf.submission.HireCorrection;
import nl.maatstaf.submission.SubmissionBasis;
import org.junit.jupiter.api.Test;

class ParticipantInputsCorrectionTest {

    private final ModuleCatalog module = ResultsFixtures.participatie();

    @Test
    void theEngineGetsTheInhuurkostenAfterTheTasksCorrections() {
        ApprovedSubmission submission = new ApprovedSubmission(
                7,
                1,
                1,
                Map.of(
                        "B.BIJSTANDSUITKERINGEN", new BigDecimal("500"),
                        "A.KM_INKOMEN.inhuurkosten", new BigDecimal("20000"),
                        "A.BELEID.inhuurkosten", new BigDecimal("3000")),
                SubmissionBasis.BUDGET,
                List.of(
                        new HireCorrection("KM_INKOMEN", CorrectionKind.INCIDENTEEL, new BigDecimal("5000"), "project"),
                        new HireCorrection(
                                "KM_INKOMEN", CorrectionKind.BEZUINIGING, new BigDecimal("1000"), "bezuiniging")));

        OrganisationInput input = ParticipantInputs.of(module, submission, null);

        assertThat(input.tasks().get("KM_INKOMEN").inhuurkosten()).isEqualByComparingTo("14000");
        assertThat(input.tasks().get("BELEID").inhuurkosten()).isEqualByComparingTo("3000");
    }
}
