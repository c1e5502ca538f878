package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.NamedSet;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.Protection;
import nl.maatstaf.organisation.OrganisationKind;
import nl.maatstaf.submission.ApprovedSubmission;
import org.junit.jupiter.api.Test;

/** The differencing rule between the policies one organisation may choose (decision 0009, R6). */
class PolicyChoicesTest {

    private static final ModuleCatalog MODULE = ResultsFixtures.participatie();
    private static final int K = 5;
    private static final FigureId PER_FTE_BEZWAAR = FigureId.derivedIndicator("BEZWAAR_PER_FTE_BEZWAAR");

    /** Twelve organisations 1..12; those in {@code withBezwaarStaff} have staff for Bezwaar en beroep. */
    private static List<OrganisationInput> participants(Set<Long> withBezwaarStaff) {
        List<ApprovedSubmission> submissions = new ArrayList<>();
        Map<Long, Long> inhabitants = new HashMap<>();
        for (long id = 1; id <= 12; id++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("B.BIJSTANDSUITKERINGEN", BigDecimal.valueOf(400 + 10 * id));
            values.put("B.BEZWAAR", BigDecimal.valueOf(20 + id));
            values.put("A.KM_INKOMEN.fte", new BigDecimal("3"));
            values.put("A.KM_INKOMEN.loonkosten", BigDecimal.valueOf(200_000 + 1_000 * id));
            if (withBezwaarStaff.contains(id)) {
                values.put("A.BEZWAAR.fte", new BigDecimal("1"));
                values.put("A.BEZWAAR.loonkosten", new BigDecimal("60000"));
            }
            submissions.add(new ApprovedSubmission(id, 100 + id, 1, values));
            inhabitants.put(id, 40_000L);
        }
        return ParticipantInputs.of(MODULE, submissions, inhabitants);
    }

    private static PolicyChoices.Outcome choicesOfOrganisationOne(Set<Long> withBezwaarStaff, List<Long> setMembers) {
        List<OrganisationInput> inputs = participants(withBezwaarStaff);
        ChosenPolicy all = ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD);
        ChosenPolicy set = new ChosenPolicy(
                ReferencePolicy.MAATWERK, new NamedSet(7, "Proefset", setMembers, Set.copyOf(setMembers)));
        ReferenceGroups.Computed everyone =
                ReferenceGroups.compareAll(MODULE.engineDefinition(), inputs, all, 10, Set.of(), K);
        ReferenceGroups.Computed named =
                ReferenceGroups.compareAll(MODULE.engineDefinition(), inputs, set, 10, Set.of(), K);
        List<PolicyChoices.Candidate> candidates =
                List.of(candidate(all, everyone, inputs.get(0)), candidate(set, named, inputs.get(0)));
        Map<Long, OrganisationResults> own = new HashMap<>();
        for (OrganisationInput input : inputs) {
            own.put(
                    input.organisationId(),
                    new OrganisationResults(
                            input.organisationId(),
                            2025,
                            "PARTICIPATIE",
                            "ALLE_GOEDGEKEURD",
                            input,
                            everyone.comparisons().get(input.organisationId()),
                            false));
        }
        return PolicyChoices.choose(MODULE.engineDefinition(), candidates, own, K);
    }

    private static PolicyChoices.Candidate candidate(
            ChosenPolicy policy, ReferenceGroups.Computed computed, OrganisationInput input) {
        Comparison comparison = computed.comparisons().get(input.organisationId());
        return new PolicyChoices.Candidate(
                policy,
                new OrganisationResults(
                        input.organisationId(),
                        2025,
                        "PARTICIPATIE",
                        policy.kind().name(),
                        input,
                        comparison,
                        false),
                computed.groups().of(input.organisationId()).orElseThrow());
    }

    @Test
    void offersASecondGroupThatDiffersInAtLeastKOrganisations() {
        // All participants: the 11 others; the set: 2..7, 6 others; they differ in 5 = k.
        PolicyChoices.Outcome outcome = choicesOfOrganisationOne(Set.of(), List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L));

        assertThat(outcome.choices()).hasSize(2);
        assertThat(outcome.rejected()).isEmpty();
    }

    @Test
    void doesNotOfferASecondGroupThatDiffersInFewerThanKOrganisations() {
        // The set: 2..9, 8 others against 11: they differ in 3.
        PolicyChoices.Outcome outcome = choicesOfOrganisationOne(Set.of(), List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L));

        assertThat(outcome.choices())
                .extracting(c -> c.policy().kind())
                .containsExactly(ReferencePolicy.ALLE_GOEDGEKEURD);
        assertThat(outcome.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.policy().kind()).isEqualTo(ReferencePolicy.MAATWERK);
            assertThat(rejected.differing()).isEqualTo(3);
        });
    }

    @Test
    void withholdsAnIndicatorWhoseOrganisationsDifferInOneAlthoughTheGroupsDifferInFive() {
        // Bezwaar staff at 2..8: under all participants 7 organisations have the indicator, in the
        // set 2..7 six of them; the two means together would give organisation 8's value.
        PolicyChoices.Outcome outcome =
                choicesOfOrganisationOne(Set.of(2L, 3L, 4L, 5L, 6L, 7L, 8L), List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L));

        assertThat(outcome.choices()).hasSize(2);
        PolicyChoices.Choice all = outcome.choices().get(0);
        PolicyChoices.Choice set = outcome.choices().get(1);
        assertThat(all.results().comparison().line(PER_FTE_BEZWAAR).hasReference())
                .isTrue();
        assertThat(set.results().comparison().line(PER_FTE_BEZWAAR).protection())
                .isEqualTo(Protection.OVERLAPPING_GROUPS);
        assertThat(set.results().comparison().line(FigureId.totalCostPerUnit()).hasReference())
                .isTrue();
    }

    @Test
    void comparesTheGroupsAfterTheOwnCooperationIsLeftOut() {
        // 1 and 3 are cooperations; 2 is a member of 1 and takes part separately. For 2, all
        // participants are 3..12 and the municipalities 4..12: they differ in 3 alone.
        List<OrganisationInput> inputs = participants(Set.of());
        Map<Long, OrganisationKind> kinds = new HashMap<>();
        Map<Long, Set<String>> codes = new HashMap<>();
        for (OrganisationInput input : inputs) {
            long id = input.organisationId();
            kinds.put(id, id == 1 || id == 3 ? OrganisationKind.SAMENWERKING : OrganisationKind.GEMEENTE);
            codes.put(id, id == 1 ? Set.of("GM0002") : Set.of("GM" + (1000 + id)));
        }
        codes.put(2L, Set.of("GM0002"));
        ParticipantRelations relations = ParticipantRelations.of(kinds, codes);
        ChosenPolicy all = ChosenPolicy.of(ReferencePolicy.ALLE_GOEDGEKEURD);
        ChosenPolicy municipalities = ChosenPolicy.of(ReferencePolicy.GEMEENTEN);
        ReferenceGroups.Computed everyone =
                ReferenceGroups.compareAll(MODULE.engineDefinition(), inputs, all, 10, Set.of(), relations, K);
        ReferenceGroups.Computed onlyMunicipalities = ReferenceGroups.compareAll(
                MODULE.engineDefinition(), inputs, municipalities, 10, Set.of(), relations, K);
        OrganisationInput member = inputs.get(1);
        Map<Long, OrganisationResults> own = new HashMap<>();
        for (OrganisationInput input : inputs) {
            own.put(
                    input.organisationId(),
                    new OrganisationResults(
                            input.organisationId(),
                            2025,
                            "PARTICIPATIE",
                            "ALLE_GOEDGEKEURD",
                            input,
                            everyone.comparisons().get(input.organisationId()),
                            false));
        }

        PolicyChoices.Outcome outcome = PolicyChoices.choose(
                MODULE.engineDefinition(),
                List.of(candidate(all, everyone, member), candidate(municipalities, onlyMunicipalities, member)),
                own,
                K);

        assertThat(outcome.choices()).extracting(c -> c.group().size()).containsExactly(10);
        assertThat(outcome.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.policy().kind()).isEqualTo(ReferencePolicy.GEMEENTEN);
            assertThat(rejected.differing()).isEqualTo(1);
        });
    }
}
