package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;

/** Participants choose among the allowed policies; pages and API name the policy and its size. */
@IntegrationTest
class ReferencePolicyIT extends EditionIntegrationTestSupport {

    private List<TestData.Subject> edition(int year, int count, EnumSet<ReferencePolicy> allowed, int n, int k) {
        List<TestData.Subject> subjects = approvedParticipants(year, count);
        assertThat(editions.changeSettings(
                        year,
                        "PARTICIPATIE",
                        new EditionService.SettingsChange(allowed, ReferencePolicy.ALLE_GOEDGEKEURD, n, k),
                        "test"))
                .isEmpty();
        publisher.publish(year, "PARTICIPATIE", "test", null);
        return subjects;
    }

    @Test
    void aParticipantChoosesNearestNeighboursAndThePageNamesThePolicyAndItsSize() {
        TestData.Subject own = edition(
                        2041, 8, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.NAASTE_BUREN), 4, 3)
                .get(0);
        UserAgent deelnemer = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD);

        String page = html(deelnemer.get("/resultaten/2041/participatie?referentie=NAASTE_BUREN&tab=kosten"));

        assertThat(page)
                .contains("Referentiegroep: 4 meest vergelijkbare organisaties")
                .contains("gemiddelde over 4 organisaties")
                .contains("referentie=NAASTE_BUREN")
                .contains("<option value=\"NAASTE_BUREN\" selected=\"selected\"");
    }

    @Test
    void aPolicyThatIsNotAllowedOrUnknownGivesTheDefaultInsteadOfAnError() throws Exception {
        TestData.Subject own = edition(2042, 6, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 5, 3)
                .get(0);
        UserAgent deelnemer = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD);

        String notAllowed = html(deelnemer.get("/resultaten/2042/participatie?referentie=GROOTTEKLASSE"));
        String garbage = html(deelnemer.get("/resultaten/2042/participatie?referentie=%3Cx%3E"));
        JsonNode api = api(own, 2042, "?referentie=NAASTE_BUREN");

        assertThat(notAllowed).contains("Referentiegroep: alle deelnemers").doesNotContain("grootteklasse");
        assertThat(garbage).contains("Referentiegroep: alle deelnemers");
        assertThat(api.at("/referenceGroup/policy").asText()).isEqualTo("ALLE_GOEDGEKEURD");
        assertThat(api.at("/referenceGroup/size").asInt()).isEqualTo(5);
    }

    @Test
    void theApiGivesTheSizeClassPolicyWithItsClass() throws Exception {
        TestData.Subject own = edition(
                        2043, 5, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.GROOTTEKLASSE), 5, 3)
                .get(0);

        JsonNode api = api(own, 2043, "?referentie=GROOTTEKLASSE");

        // Every test organisation has the same two member municipalities, so all share one class.
        assertThat(api.at("/referenceGroup/policy").asText()).isEqualTo("GROOTTEKLASSE");
        assertThat(api.at("/referenceGroup/parameter").asText()).isNotEmpty();
        assertThat(api.at("/referenceGroup/description").asText()).startsWith("deelnemers in de grootteklasse");
        assertThat(api.at("/referenceGroup/size").asInt()).isEqualTo(4);
    }

    @Test
    void aNamedSetUsesOnlyConsentingMembersAndOnlyAConsentingMemberCanChooseIt() throws Exception {
        List<TestData.Subject> subjects =
                edition(2045, 10, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.MAATWERK), 5, 3);
        List<Long> members = organisationIds(subjects.subList(0, 5));
        for (long member : members.subList(0, 4)) {
            editions.setConsent(member, true, "test");
        }
        editions.createNamedSet(2045, "PARTICIPATIE", "Proefset", members, "test");
        // Participants see a new set with the next publication.
        publisher.publish(2045, "PARTICIPATIE", "test", null);
        EditionSettings settings = editions.settings(2045, "PARTICIPATIE");
        long setId = settings.namedSets().get(0).id();

        JsonNode member = api(subjects.get(0), 2045, "?referentie=MAATWERK-" + setId);
        JsonNode withoutConsent = api(subjects.get(4), 2045, "?referentie=MAATWERK-" + setId);
        String page = html(UserAgent.loggedIn(port, subjects.get(0).deelnemer(), TestData.PASSWORD)
                .get("/resultaten/2045/participatie?referentie=MAATWERK-" + setId));

        assertThat(member.at("/referenceGroup/policy").asText()).isEqualTo("MAATWERK");
        assertThat(member.at("/referenceGroup/size").asInt()).isEqualTo(3);
        assertThat(member.at("/referenceGroup/sufficient").asBoolean()).isTrue();
        assertThat(withoutConsent.at("/referenceGroup/policy").asText()).isEqualTo("ALLE_GOEDGEKEURD");
        assertThat(page).contains("maatwerkvergelijking ‘Proefset’");
    }

    @Test
    void aNamedSetBelowKShowsTooFewReferencesAndNoReferenceValue() throws Exception {
        List<TestData.Subject> subjects =
                edition(2048, 8, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.MAATWERK), 5, 3);
        List<Long> members = organisationIds(subjects.subList(0, 3));
        members.forEach(member -> editions.setConsent(member, true, "test"));
        editions.createNamedSet(2048, "PARTICIPATIE", "Kleine set", members, "test");
        publisher.publish(2048, "PARTICIPATIE", "test", null);

        JsonNode api = api(subjects.get(0), 2048, "?referentie=MAATWERK");
        String page = html(UserAgent.loggedIn(port, subjects.get(0).deelnemer(), TestData.PASSWORD)
                .get("/resultaten/2048/participatie?referentie=MAATWERK&tab=indicatoren"));

        assertThat(api.at("/referenceGroup/size").asInt()).isEqualTo(2);
        assertThat(api.at("/referenceGroup/sufficient").asBoolean()).isFalse();
        assertThat(api.at("/costs/total/reference").isNull()).isTrue();
        assertThat(api.at("/derivedIndicators/0/spread").isNull()).isTrue();
        assertThat(page)
                .contains("te weinig referenties")
                .doesNotContain("data-chart-type=\"spread\"")
                .doesNotContain("Referentie €");
    }

    @Test
    void aParticipantCannotReadAnotherOrganisationWhateverPolicyItNames() {
        List<TestData.Subject> subjects =
                edition(2049, 4, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.NAASTE_BUREN), 3, 3);
        UserAgent agent = new UserAgent(port);

        HttpResponse<String> response = agent.api(
                "GET",
                "/api/v1/organisations/" + subjects.get(1).organisationId()
                        + "/results/2049/participatie?referentie=NAASTE_BUREN",
                subjects.get(0).deelnemer(),
                TestData.PASSWORD,
                null);
        HttpResponse<String> page = UserAgent.loggedIn(port, subjects.get(0).lezer(), TestData.PASSWORD)
                .get("/resultaten/2049/participatie?organisatie="
                        + subjects.get(1).organisationId() + "&referentie=NAASTE_BUREN");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(page.statusCode()).isEqualTo(403);
    }

    private JsonNode api(TestData.Subject subject, int year, String query) throws Exception {
        return results(subject.organisationId(), year, query, subject.lezer(), TestData.PASSWORD);
    }

    private static List<Long> organisationIds(List<TestData.Subject> subjects) {
        return subjects.stream().map(TestData.Subject::organisationId).toList();
    }
}
