package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.maatstaf.account.Role;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.account.UserAccounts.NewAccount;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.organisation.Municipality;
import nl.maatstaf.organisation.MunicipalityRegister;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who is never in a reference group (spec §8 rule 6) and the policies by organisation type (rule
 * 7), over the API and the page, published and live. A circle here is a fresh cooperation of two
 * small municipalities, one of which also takes part as its own municipality; the other
 * participants are test cooperations of which neither is a member.
 */
@IntegrationTest
class RelatedReferenceGroupsIT extends EditionIntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    OrganisationService organisations;

    @Autowired
    MunicipalityRegister municipalities;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    /** A participant with its deelnemer's username. */
    private record Participant(long id, String deelnemer) {}

    /** The cooperation, its separately taking part member, and the unrelated others. */
    private record Circle(Participant cooperation, Participant member, List<TestData.Subject> others) {}

    /**
     * The smallest municipalities of the year's list that no organisation has as its code yet, and
     * never those of the test cooperations: a circle that nobody else's data touches. From the list
     * in force for the year, as memberships are, whatever lists other tests imported.
     */
    private synchronized List<String> freeSmallMunicipalities(int year, int count) {
        Set<String> registered = organisations.idsByCode().keySet();
        return municipalities.inForce(year).stream()
                .filter(m -> !registered.contains(m.code()))
                .filter(m -> !m.code().equals("GM0003") && !m.code().equals("GM0010"))
                .sorted(Comparator.comparingInt(Municipality::inhabitants))
                .limit(count)
                .map(Municipality::code)
                .toList();
    }

    private Participant enrolledWithFigures(long id, int year, int index) {
        catalog.openYearWithStandardCatalog(year);
        enrolments.enrol(id, year, "PARTICIPATIE");
        approved.storeApproved(
                id, year, "PARTICIPATIE", ItFigures.participatie(500 + 10 * index, 210_000 + 9_001L * index), "test");
        String deelnemer = "test-kring-" + SEQUENCE.incrementAndGet() + "-" + id;
        accounts.create(new NewAccount(deelnemer, TestData.PASSWORD, "Deelnemer " + id, Role.DEELNEMER, id, false));
        return new Participant(id, deelnemer);
    }

    /** A new municipality organisation of the given code, approved in the year. */
    private Participant municipality(String code, int year, int index) {
        return enrolledWithFigures(organisations.registerMunicipality(code), year, index);
    }

    private Circle circle(int year, int others) {
        List<String> codes = freeSmallMunicipalities(year, 2);
        long cooperation = organisations.registerCooperation(
                "Testkring " + SEQUENCE.incrementAndGet() + " " + System.nanoTime(), codes);
        Participant coop = enrolledWithFigures(cooperation, year, 1);
        Participant member = municipality(codes.get(0), year, 2);
        return new Circle(coop, member, approvedParticipants(year, others));
    }

    private void allowAndPublish(int year, EnumSet<ReferencePolicy> allowed, ReferencePolicy defaultPolicy, int k) {
        assertThat(editions.changeSettings(
                        year, "PARTICIPATIE", new EditionService.SettingsChange(allowed, defaultPolicy, 3, k), "test"))
                .isEmpty();
        publisher.publish(year, "PARTICIPATIE", "test", null);
    }

    private JsonNode group(Participant participant, int year, String policy) throws IOException {
        return results(participant.id(), year, "?referentie=" + policy, participant.deelnemer(), TestData.PASSWORD)
                .get("referenceGroup");
    }

    private JsonNode beheerderGroup(long organisationId, int year) throws IOException {
        return results(organisationId, year, "", "beheerder", "demo").get("referenceGroup");
    }

    @Test
    void aCooperationAndItsSeparatelyTakingPartMemberAreNotInEachOthersGroupAndTheApiSaysSo() throws Exception {
        int year = 2260;
        Circle circle = circle(year, 6);
        allowAndPublish(year, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), ReferencePolicy.ALLE_GOEDGEKEURD, 3);
        TestData.Subject outsider = circle.others().get(0);

        JsonNode cooperation = group(circle.cooperation(), year, "ALLE_GOEDGEKEURD");
        JsonNode member = group(circle.member(), year, "ALLE_GOEDGEKEURD");
        JsonNode other = results(outsider.organisationId(), year, "", outsider.deelnemer(), TestData.PASSWORD)
                .get("referenceGroup");

        assertThat(cooperation.get("size").asInt()).isEqualTo(6);
        assertThat(cooperation.get("relatedLeftOut").asInt()).isEqualTo(1);
        assertThat(cooperation.get("relatedLeftOutDescription").asText())
                .isEqualTo("Zonder uw lidgemeente die zelf ook deelneemt.");
        assertThat(member.get("size").asInt()).isEqualTo(6);
        assertThat(member.get("relatedLeftOut").asInt()).isEqualTo(1);
        assertThat(member.get("relatedLeftOutDescription").asText())
                .isEqualTo("Zonder het samenwerkingsverband waarvan uw gemeente lid is: dat neemt zelf ook deel.");
        // A participant outside the circle still has everybody else.
        assertThat(other.get("size").asInt()).isEqualTo(7);
        assertThat(other.get("relatedLeftOut").asInt()).isZero();
        assertThat(other.get("relatedLeftOutDescription").asText()).isEmpty();
    }

    @Test
    void theResultsPageSaysTheOwnCooperationIsLeftOut() {
        int year = 2261;
        Circle circle = circle(year, 6);
        allowAndPublish(year, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), ReferencePolicy.ALLE_GOEDGEKEURD, 3);

        String page = html(UserAgent.loggedIn(port, circle.member().deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + year + "/participatie"));
        String outsiderPage =
                html(UserAgent.loggedIn(port, circle.others().get(0).deelnemer(), TestData.PASSWORD)
                        .get("/resultaten/" + year + "/participatie"));

        assertThat(page)
                .contains("Referentiegroep: alle deelnemers met goedgekeurde gegevens")
                .contains("Zonder het samenwerkingsverband waarvan uw gemeente lid is: dat neemt zelf ook deel.");
        assertThat(outsiderPage)
                .doesNotContain("Zonder het samenwerkingsverband")
                .doesNotContain("related-left-out");
    }

    @Test
    void underEveryPolicyTheCircleIsLeftOutOfItsOwnGroups() throws Exception {
        int year = 2262;
        Circle circle = circle(year, 6);
        List<Long> setMembers = new ArrayList<>(
                List.of(circle.cooperation().id(), circle.member().id()));
        circle.others().subList(0, 4).forEach(o -> setMembers.add(o.organisationId()));
        setMembers.forEach(id -> editions.setConsent(id, true, "test"));
        editions.createNamedSet(year, "PARTICIPATIE", "Kring en buren", setMembers, "test");
        TestData.Subject outsider = circle.others().get(0);

        // One policy at a time, so that no differencing rule between policies hides one.
        record Expected(
                ReferencePolicy policy,
                int cooperationSize,
                int cooperationLeftOut,
                int memberSize,
                int memberLeftOut) {}
        List<Expected> expected = List.of(
                new Expected(ReferencePolicy.ALLE_GOEDGEKEURD, 6, 1, 6, 1),
                // Both are far below 25.000 inhabitants, the test cooperations are not: alone in their class.
                new Expected(ReferencePolicy.GROOTTEKLASSE, 0, 1, 0, 1),
                new Expected(ReferencePolicy.NAASTE_BUREN, 3, 1, 3, 1),
                new Expected(ReferencePolicy.MAATWERK, 4, 1, 4, 1),
                // The member is the only municipality: the cooperation has no municipality left.
                new Expected(ReferencePolicy.GEMEENTEN, 0, 1, 0, 0),
                new Expected(ReferencePolicy.SAMENWERKINGEN, 6, 0, 6, 1));
        for (Expected e : expected) {
            allowAndPublish(year, EnumSet.of(e.policy()), e.policy(), 3);

            JsonNode cooperation = group(circle.cooperation(), year, e.policy().name());
            JsonNode member = group(circle.member(), year, e.policy().name());

            assertThat(cooperation.get("policy").asText()).isEqualTo(e.policy().name());
            assertThat(cooperation.get("size").asInt()).as(e.policy().name()).isEqualTo(e.cooperationSize());
            assertThat(cooperation.get("relatedLeftOut").asInt())
                    .as(e.policy().name())
                    .isEqualTo(e.cooperationLeftOut());
            assertThat(member.get("size").asInt()).as(e.policy().name()).isEqualTo(e.memberSize());
            assertThat(member.get("relatedLeftOut").asInt())
                    .as(e.policy().name())
                    .isEqualTo(e.memberLeftOut());
        }
        // The last one, cooperations only, for a participant outside the circle: all 7 cooperations but itself.
        JsonNode other =
                group(new Participant(outsider.organisationId(), outsider.deelnemer()), year, "SAMENWERKINGEN");
        assertThat(other.get("size").asInt()).isEqualTo(6);
        assertThat(other.get("relatedLeftOut").asInt()).isZero();
    }

    @Test
    void thePoliciesByTypeSelectOnlyThatKindAndAreDescribedInDutch() throws Exception {
        int year = 2263;
        List<String> codes = freeSmallMunicipalities(year, 4);
        List<Participant> gemeenten = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            gemeenten.add(municipality(codes.get(i), year, i));
        }
        List<TestData.Subject> cooperations = approvedParticipants(year, 4);
        allowAndPublish(
                year,
                EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.GEMEENTEN, ReferencePolicy.SAMENWERKINGEN),
                ReferencePolicy.ALLE_GOEDGEKEURD,
                3);
        Participant cooperation = new Participant(
                cooperations.get(0).organisationId(), cooperations.get(0).deelnemer());

        JsonNode municipalityOnlyMunicipalities = group(gemeenten.get(0), year, "GEMEENTEN");
        JsonNode municipalityOnlyCooperations = group(gemeenten.get(0), year, "SAMENWERKINGEN");
        JsonNode cooperationOnlyMunicipalities = group(cooperation, year, "GEMEENTEN");
        String page = html(UserAgent.loggedIn(port, gemeenten.get(0).deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + year + "/participatie?referentie=SAMENWERKINGEN"));

        assertThat(municipalityOnlyMunicipalities.get("policy").asText()).isEqualTo("GEMEENTEN");
        assertThat(municipalityOnlyMunicipalities.get("size").asInt()).isEqualTo(3);
        assertThat(municipalityOnlyMunicipalities.get("description").asText())
                .isEqualTo("alle gemeenten met goedgekeurde gegevens voor deze module in dit peiljaar");
        assertThat(municipalityOnlyCooperations.get("policy").asText()).isEqualTo("SAMENWERKINGEN");
        assertThat(municipalityOnlyCooperations.get("size").asInt()).isEqualTo(4);
        assertThat(cooperationOnlyMunicipalities.get("size").asInt()).isEqualTo(4);
        assertThat(page)
                .contains("<option value=\"SAMENWERKINGEN\" selected=\"selected\"")
                .contains("<option value=\"GEMEENTEN\"")
                .contains("Referentiegroep: alle samenwerkingsverbanden met goedgekeurde gegevens");
    }

    @Test
    void aPolicyByTypeBelowKWithholdsEveryReferenceValue() throws Exception {
        int year = 2264;
        List<String> codes = freeSmallMunicipalities(year, 2);
        Participant first = municipality(codes.get(0), year, 0);
        municipality(codes.get(1), year, 1);
        approvedParticipants(year, 6);
        allowAndPublish(year, EnumSet.of(ReferencePolicy.GEMEENTEN), ReferencePolicy.GEMEENTEN, 3);

        JsonNode results = results(first.id(), year, "", first.deelnemer(), TestData.PASSWORD);

        assertThat(results.at("/referenceGroup/policy").asText()).isEqualTo("GEMEENTEN");
        assertThat(results.at("/referenceGroup/size").asInt()).isEqualTo(1);
        assertThat(results.at("/referenceGroup/sufficient").asBoolean()).isFalse();
        assertThat(results.at("/costs/total/reference").isNull()).isTrue();
    }

    @Test
    void aMembershipChangeAfterPublicationDoesNotChangeThePublishedGroups() throws Exception {
        int year = 2265;
        Circle circle = circle(year, 6);
        allowAndPublish(year, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), ReferencePolicy.ALLE_GOEDGEKEURD, 3);
        String memberCode =
                organisations.find(circle.member().id()).orElseThrow().code();
        long cooperationId = circle.cooperation().id();

        // From this peiljaar on the municipality is no longer a member of the cooperation.
        organisations.endMembership(cooperationId, memberCode, year - 1, organisations.version(cooperationId), "test");

        JsonNode published = group(circle.cooperation(), year, "ALLE_GOEDGEKEURD");
        JsonNode live = beheerderGroup(cooperationId, year);

        assertThat(published.get("size").asInt()).isEqualTo(6);
        assertThat(published.get("relatedLeftOut").asInt()).isEqualTo(1);
        assertThat(live.get("size").asInt()).isEqualTo(7);
        assertThat(live.get("relatedLeftOut").asInt()).isZero();
    }

    @Test
    void theSettingsApiAcceptsThePoliciesByType() throws Exception {
        int year = 2266;
        testData.newOrganisation(year);
        UserAgent agent = new UserAgent(port);
        String path = "/api/v1/editions/" + year + "/PARTICIPATIE";
        int version = JSON.readTree(
                        agent.api("GET", path, "beheerder", "demo", null).body())
                .get("version")
                .asInt();

        HttpResponse<String> response = agent.api(
                "PUT",
                path,
                "beheerder",
                "demo",
                "{\"allowedPolicies\": [\"GEMEENTEN\", \"SAMENWERKINGEN\"], \"defaultPolicy\": \"SAMENWERKINGEN\","
                        + " \"neighbourCount\": 10, \"minimumReferenceSize\": 5, \"version\": " + version + "}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(editions.settings(year, "PARTICIPATIE").allowedPolicies())
                .containsExactlyInAnyOrder(ReferencePolicy.GEMEENTEN, ReferencePolicy.SAMENWERKINGEN);
        assertThat(editions.settings(year, "PARTICIPATIE").defaultPolicy()).isEqualTo(ReferencePolicy.SAMENWERKINGEN);
    }

    @Test
    void theEditionPageOffersThePoliciesByTypeAndSavesThemWithTheAuditTrail() {
        int year = 2267;
        testData.newOrganisation(year);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        String page = html(beheerder.get("/beheer/editie/" + year + "/participatie"));

        HttpResponse<String> response = beheerder.postRaw(
                "/beheer/editie/" + year + "/participatie/instellingen",
                "application/x-www-form-urlencoded",
                ("allowed=ALLE_GOEDGEKEURD&allowed=GEMEENTEN&allowed=SAMENWERKINGEN&defaultPolicy=GEMEENTEN"
                                + "&neighbourCount=8&minimumReferenceSize=4&version=0&_csrf=" + beheerder.csrfToken())
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(page)
                .contains("value=\"GEMEENTEN\"")
                .contains("Alleen gemeenten")
                .contains("Alleen samenwerkingsverbanden");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(editions.settings(year, "PARTICIPATIE").allowedPolicies())
                .containsExactlyInAnyOrder(
                        ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.GEMEENTEN, ReferencePolicy.SAMENWERKINGEN);
        assertThat(editions.settings(year, "PARTICIPATIE").defaultPolicy()).isEqualTo(ReferencePolicy.GEMEENTEN);
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, year + "/PARTICIPATIE"))
                .anyMatch(e -> e.field() != null
                        && e.field().equals("toegestane_referentiegroepen")
                        && e.newValue() != null
                        && e.newValue().contains("GEMEENTEN"));
    }

    @Test
    void theCsvExportNamesThePolicyByType() {
        int year = 2268;
        List<TestData.Subject> cooperations = approvedParticipants(year, 5);
        allowAndPublish(
                year,
                EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.SAMENWERKINGEN),
                ReferencePolicy.SAMENWERKINGEN,
                3);
        TestData.Subject own = cooperations.get(0);

        HttpResponse<byte[]> csv = new UserAgent(port)
                .apiDownload(
                        "/api/v1/organisations/" + own.organisationId() + "/results/" + year
                                + "/participatie/results.csv",
                        own.lezer(),
                        TestData.PASSWORD);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .contains("alle samenwerkingsverbanden met goedgekeurde gegevens voor deze module in dit peiljaar");
    }
}
