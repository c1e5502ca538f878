package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.edition.OutlierDecision;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Caching by fingerprint and settings, publication and exclusions. */
class ResultsServiceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-01T10:00:00+01:00");

    private final CatalogService catalog = mock(CatalogService.class);
    private final ApprovedSubmissions approved = mock(ApprovedSubmissions.class);
    private final OrganisationService organisations = mock(OrganisationService.class);
    private final EditionService editions = mock(EditionService.class);
    private final PublicationRepository publications = mock(PublicationRepository.class);
    private final ResultsService service = new ResultsService(
            catalog, approved, organisations, editions, publications, ResultsFixtures.messages(), ResultsFixtures.K);

    static EditionSettings settings(boolean published, List<OutlierDecision> decisions) {
        return new EditionSettings(
                2025,
                "PARTICIPATIE",
                Set.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.NAASTE_BUREN),
                ReferencePolicy.ALLE_GOEDGEKEURD,
                3,
                ResultsFixtures.K - 2,
                published,
                published ? NOW : null,
                published ? "beheerder" : null,
                List.of(),
                decisions);
    }

    @BeforeEach
    void fiveReferencesAndTheWorkedExample() {
        List<ApprovedSubmission> submissions = new ArrayList<>();
        submissions.add(ResultsFixtures.workedExample());
        submissions.addAll(ResultsFixtures.references(5));
        when(catalog.find(2025, "PARTICIPATIE")).thenReturn(Optional.of(ResultsFixtures.participatie()));
        when(approved.approved(2025, "PARTICIPATIE")).thenReturn(submissions);
        when(editions.settings(2025, "PARTICIPATIE")).thenReturn(settings(true, List.of()));
        // A published edition shows its publication: here one that froze the settings in force and
        // the approved set as it is.
        when(publications.latest(2025, "PARTICIPATIE"))
                .thenAnswer(call -> Optional.ofNullable(editions.settings(2025, "PARTICIPATIE"))
                        .filter(EditionSettings::published)
                        .map(settings -> new PublicationRepository.Head(
                                1, 2025, "PARTICIPATIE", 1, NOW, "beheerder", FrozenSettings.of(settings))));
        when(publications.members(1)).thenAnswer(call -> {
            Map<Long, PublicationRepository.Member> members = new HashMap<>();
            for (ApprovedSubmission submission : approved.approved(2025, "PARTICIPATIE")) {
                members.put(
                        submission.organisationId(),
                        new PublicationRepository.Member(submission.versionId(), null, null, Set.of()));
            }
            return members;
        });
        when(approved.versions(eq(2025), eq("PARTICIPATIE"), any()))
                .thenAnswer(call -> approved.approved(2025, "PARTICIPATIE"));
    }

    @Test
    void computesTheComparisonOfAnApprovedParticipant() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        OrganisationResults results =
                service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE").orElseThrow();

        assertThat(results.comparison().referenceGroupSize()).isEqualTo(5);
        assertThat(results.referencePolicy()).isEqualTo(ReferencePolicy.ALLE_GOEDGEKEURD.name());
        assertThat(results.preliminary()).isFalse();
        assertThat(results.published()).isTrue();
    }

    @Test
    void usesTheKOfTheEdition() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        OrganisationResults results =
                service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE").orElseThrow();

        assertThat(results.comparison().minimumReferenceSize()).isEqualTo(ResultsFixtures.K - 2);
    }

    @Test
    void beforePublicationGivesAParticipantOnlyItsOwnFiguresMarkedPreliminary() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");
        when(editions.settings(2025, "PARTICIPATIE")).thenReturn(settings(false, List.of()));

        OrganisationResults results =
                service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE").orElseThrow();

        assertThat(results.preliminary()).isTrue();
        assertThat(results.comparison().referenceGroupSize()).isZero();
        assertThat(results.comparison().lines()).noneMatch(ComparisonLine::hasReference);
        assertThat(results.comparison().own().total().cost()).isPositive();
    }

    @Test
    void beforePublicationGivesTheBeheerderFullResultsMarkedNotPublished() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");
        when(editions.settings(2025, "PARTICIPATIE")).thenReturn(settings(false, List.of()));

        OrganisationResults results = service.beheerderResultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", null)
                .orElseThrow();

        assertThat(results.preliminary()).isFalse();
        assertThat(results.published()).isFalse();
        assertThat(results.comparison().referenceGroupSize()).isEqualTo(5);
    }

    @Test
    void givesTheDefaultPolicyForAPolicyThatIsNotAllowedOrUnknown() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        assertThat(service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", "GROOTTEKLASSE")
                        .orElseThrow()
                        .referencePolicy())
                .isEqualTo("ALLE_GOEDGEKEURD");
        assertThat(service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", "<script>")
                        .orElseThrow()
                        .referencePolicy())
                .isEqualTo("ALLE_GOEDGEKEURD");
    }

    @Test
    void doesNotOfferAPolicyWhoseGroupDiffersInFewerThanKFromAnotherChoice() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        // All participants: the 5 others; 3 nearest neighbours: 2 fewer, and k is 3.
        OrganisationResults results = service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", "naaste_buren")
                .orElseThrow();

        assertThat(results.referencePolicy()).isEqualTo("ALLE_GOEDGEKEURD");
        assertThat(service.policyOptions(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", Locale.ROOT))
                .extracting(ResultsService.PolicyOption::code)
                .containsExactly("ALLE_GOEDGEKEURD");
    }

    @Test
    void givesAnAllowedPolicyWithItsParameter() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");
        EditionSettings onlyNeighbours = settings(true, List.of());
        when(editions.settings(2025, "PARTICIPATIE"))
                .thenReturn(new EditionSettings(
                        2025,
                        "PARTICIPATIE",
                        Set.of(ReferencePolicy.NAASTE_BUREN),
                        ReferencePolicy.NAASTE_BUREN,
                        3,
                        onlyNeighbours.minimumReferenceSize(),
                        true,
                        NOW,
                        "beheerder",
                        List.of(),
                        List.of()));

        OrganisationResults results = service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", "naaste_buren")
                .orElseThrow();

        assertThat(results.referencePolicy()).isEqualTo("NAASTE_BUREN");
        assertThat(results.comparison().referenceGroupSize()).isEqualTo(3);
        assertThat(service.describePolicy(results, java.util.Locale.forLanguageTag("nl-NL")))
                .startsWith("3 meest vergelijkbare organisaties");
    }

    @Test
    void leavesAnExcludedOrganisationOutOfOthersGroupsButStillComparesIt() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");
        when(editions.settings(2025, "PARTICIPATIE"))
                .thenReturn(settings(true, List.of(new OutlierDecision(100, true, "Andere taakopvatting", "b", NOW))));

        OrganisationResults own =
                service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE").orElseThrow();
        OrganisationResults excluded =
                service.resultsOf(100, 2025, "PARTICIPATIE").orElseThrow();

        assertThat(own.comparison().referenceGroupSize()).isEqualTo(4);
        assertThat(excluded.comparison().referenceGroupSize()).isEqualTo(5);
    }

    @Test
    void recomputesWhenAnExclusionIsDecided() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");
        when(editions.settings(2025, "PARTICIPATIE"))
                .thenReturn(
                        settings(true, List.of()),
                        settings(true, List.of(new OutlierDecision(100, true, "Andere taakopvatting", "b", NOW))));

        service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE");
        OrganisationResults after =
                service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE").orElseThrow();

        assertThat(after.comparison().referenceGroupSize()).isEqualTo(4);
    }

    @Test
    void describesPreliminaryResultsUnderANearestNeighbourDefault() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");
        when(editions.settings(2025, "PARTICIPATIE"))
                .thenReturn(new EditionSettings(
                        2025,
                        "PARTICIPATIE",
                        Set.of(ReferencePolicy.NAASTE_BUREN),
                        ReferencePolicy.NAASTE_BUREN,
                        3,
                        3,
                        false,
                        null,
                        null,
                        List.of(),
                        List.of()));

        OrganisationResults results =
                service.resultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE").orElseThrow();

        assertThat(results.preliminary()).isTrue();
        assertThat(service.describePolicy(results, java.util.Locale.forLanguageTag("nl-NL")))
                .startsWith("3 meest vergelijkbare organisaties");
    }

    @Test
    void reusesTheResultsWhileTheApprovedSetIsUnchanged() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        service.beheerderResultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", null);
        service.beheerderResultsOf(100, 2025, "PARTICIPATIE", null);

        verify(approved, times(1)).approved(2025, "PARTICIPATIE");
    }

    @Test
    void recomputesWhenTheApprovedSetChanges() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135", "6:25:135", "7:26:161");

        service.beheerderResultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", null);
        service.beheerderResultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", null);

        verify(approved, times(2)).approved(2025, "PARTICIPATIE");
    }

    @Test
    void keepsNoResultsComputedWhileAnApprovalHappened() {
        // Before and after reading the data the fingerprint differs: the result may mix both sets.
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135", "7:26:161", "7:26:161");

        service.beheerderResultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", null);
        service.beheerderResultsOf(ResultsFixtures.OWN_ID, 2025, "PARTICIPATIE", null);

        verify(approved, times(2)).approved(2025, "PARTICIPATIE");
    }

    @Test
    void hasNoResultsForAnOrganisationWithoutApprovedSubmission() {
        when(approved.fingerprint(2025, "PARTICIPATIE")).thenReturn("6:25:135");

        assertThat(service.resultsOf(999, 2025, "PARTICIPATIE")).isEmpty();
    }

    @Test
    void refusesAMinimumReferenceSizeBelowThree() {
        assertThatThrownBy(() -> new ResultsService(
                        catalog, approved, organisations, editions, publications, ResultsFixtures.messages(), 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k-minimum");
    }

    @Test
    void hasNoResultsForAnUnknownModule() {
        when(catalog.find(2025, "ONBEKEND")).thenReturn(Optional.empty());

        assertThat(service.resultsOf(ResultsFixtures.OWN_ID, 2025, "ONBEKEND")).isEmpty();
    }
}
