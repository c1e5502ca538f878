package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Caching by fingerprint of the approved set. */
class ResultsServiceTest {

    private final CatalogService catalog = mock(CatalogService.class);
    private final ApprovedSubmissions approved = mock(ApprovedSubmissions.class);
    private final OrganisationService organisations = mock(OrganisationService.class);
    private final ResultsService service =
            new ResultsService(catalog, approved, organisations, new ReferenceGroupPolicies(), ResultsFixtures.K);

    @BeforeEach
    void fiveReferencesAndTheWorkedExample() {
        List<ApprovedSubmission> submissions = new ArrayList<>();
        submissions.add(ResultsFixtures.workedExample());
        submissions.addAll(ResultsFixtures.references(5));
        when(catalog.find(2025, "PARTICIPATIE")).thenReturn(Optional.of(ResultsFixtures.participatie()));
        when(approved.approved(2025, "PARTICIPATIE")).thenReturn(submissions);
    }

    @Test
    void computesTheComparisonOfAnApprovedParticipant() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        OrganisationResults results =
                service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE").orElseThrow();

        assertThat(results.comparison().referenceGroupSize()).isEqualTo(5);
        assertThat(results.referencePolicy()).isEqualTo(AllApprovedParticipants.CODE);
    }

    @Test
    void reusesTheResultsWhileTheApprovedSetIsUnchanged() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE");
        service.resultsOf(100, 2025, "PARTICIPATIE");

        verify(approved, times(1)).approved(2025, "PARTICIPATIE");
    }

    @Test
    void recomputesWhenTheApprovedSetChanges() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135", "6:25:135", "7:26:161");

        service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE");
        service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE");

        verify(approved, times(2)).approved(2025, "PARTICIPATIE");
    }

    @Test
    void keepsNoResultsComputedWhileAnApprovalHappened() {
        // Before and after reading the data the fingerprint differs: the result may mix both sets.
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135", "7:26:161", "7:26:161");

        service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE");
        service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE");

        verify(approved, times(2)).approved(2025, "PARTICIPATIE");
    }

    @Test
    void hasNoResultsForAnOrganisationWithoutApprovedSubmission() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        assertThat(service.resultsOf(999, 2025, "PARTICIPATIE")).isEmpty();
    }

    @Test
    void refusesAMinimumReferenceSizeBelowThree() {
        assertThatThrownBy(() -> new ResultsService(catalog, approved, organisations, new ReferenceGroupPolicies(), 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k-minimum");
    }

    @Test
    void hasNoResultsForAnUnknownModule() {
        when(catalog.find(2025, "ONBEKEND")).thenReturn(Optional.empty());

        assertThat(service.resultsOf(ResultsFixtures.OWN_ID, 2025, "ONBEKEND")).isEmpty();
    }
}
