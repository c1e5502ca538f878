package nl.maatstaf.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OrganisationApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MunicipalityRegister register;

    @Autowired
    TestData testData;

    @Test
    void registersAMunicipalityWith201ItsIdCodeAndLocation() throws Exception {
        List<Municipality> free = unregistered();
        Municipality municipality = free.get(free.size() - 1);

        HttpResponse<String> response =
                api("POST", "/api/v1/organisations", "{\"municipality\": \"" + municipality.code() + "\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        long id = body.get("id").asLong();
        assertThat(body.get("code").asText()).isEqualTo(municipality.code());
        assertThat(body.get("name").asText()).isEqualTo(municipality.name());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/organisations/" + id);
        assertThat(organisations.find(id))
                .hasValueSatisfying(o -> assertThat(o.code()).isEqualTo(municipality.code()));
    }

    @Test
    void registersACooperationWith201AndAnAssignedCode() throws Exception {
        String name = "API-samenwerking " + System.nanoTime();

        HttpResponse<String> response = api(
                "POST", "/api/v1/organisations", "{\"name\": \"" + name + "\", \"members\": [\"GM0003\", \"0010\"]}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        long id = body.get("id").asLong();
        assertThat(body.get("code").asText()).isEqualTo(OrganisationService.cooperationCode(id));
        assertThat(body.get("inhabitants").asLong()).isEqualTo(11523 + 24609);
        assertThat(organisations.findByName(name)).isPresent();
    }

    @Test
    void refusesAnUnknownMunicipalityCodeWith422AndStoresNothing() throws Exception {
        int before = organisations.all().size();

        HttpResponse<String> response = api("POST", "/api/v1/organisations", "{\"municipality\": \"GM9999\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("detail").asText()).isEqualTo("GM9999 staat niet in de gemeentelijst.");
        assertThat(body.at("/errors/municipality").asText()).isEqualTo("GM9999 staat niet in de gemeentelijst.");
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void refusesACooperationWithoutMembersWith422AndStoresNothing() throws Exception {
        String name = "API-ledenloos " + System.nanoTime();

        HttpResponse<String> response =
                api("POST", "/api/v1/organisations", "{\"name\": \"" + name + "\", \"members\": []}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/errors/members").asText())
                .isEqualTo("Een samenwerking heeft minstens één lid.");
        assertThat(organisations.findByName(name)).isEmpty();
    }

    @Test
    void refusesACooperationWithAMemberTwiceWith422AndStoresNothing() throws Exception {
        String name = "API-dubbel " + System.nanoTime();

        HttpResponse<String> response = api(
                "POST", "/api/v1/organisations", "{\"name\": \"" + name + "\", \"members\": [\"GM0010\", \"gm0010\"]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("detail").asText())
                .isEqualTo("Delfzijl (GM0010) staat twee keer bij de leden.");
        assertThat(organisations.findByName(name)).isEmpty();
    }

    @Test
    void refusesADuplicateNameWith409AndStoresNothing() throws Exception {
        int before = organisations.all().size();

        HttpResponse<String> response =
                api("POST", "/api/v1/organisations", "{\"name\": \"Halte Werk\", \"members\": [\"GM0003\"]}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("detail").asText())
                .isEqualTo("De naam Halte Werk is al in gebruik.");
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void refusesAMunicipalityRegisteredAlreadyWith409() throws Exception {
        Organisation registered = organisations.all().stream()
                .filter(o -> o.kind() == OrganisationKind.GEMEENTE)
                .findFirst()
                .orElseThrow();

        HttpResponse<String> response =
                api("POST", "/api/v1/organisations", "{\"municipality\": \"" + registered.code() + "\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("detail").asText())
                .isEqualTo(registered.name() + " (" + registered.code() + ") is al als organisatie geregistreerd.");
    }

    @Test
    void renamingThroughTheApiKeepsTheCodeAndAStaleVersionIsRefusedWith409() throws Exception {
        long id = organisations.registerCooperation("API-oud " + System.nanoTime(), List.of("GM0003"));
        String code = organisations.find(id).orElseThrow().code();
        String newName = "API-nieuw " + System.nanoTime();

        HttpResponse<String> renamed =
                api("PUT", "/api/v1/organisations/" + id, "{\"name\": \"" + newName + "\", \"version\": 0}");
        HttpResponse<String> stale =
                api("PUT", "/api/v1/organisations/" + id, "{\"name\": \"Te laat\", \"version\": 0}");

        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(renamed.body()).get("code").asText()).isEqualTo(code);
        assertThat(JSON.readTree(renamed.body()).get("version").asInt()).isEqualTo(1);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(organisations.find(id).orElseThrow().name()).isEqualTo(newName);
        assertThat(organisations.find(id).orElseThrow().code()).isEqualTo(code);
    }

    @Test
    void deactivatingThroughTheApiKeepsTheOrganisation() throws Exception {
        long id = organisations.registerCooperation("API-inactief " + System.nanoTime(), List.of("GM0003"));

        HttpResponse<String> response =
                api("PUT", "/api/v1/organisations/" + id, "{\"active\": false, \"version\": 0}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("active").asBoolean()).isFalse();
        assertThat(organisations.isActive(id)).isFalse();
    }

    @Test
    void theMembersOfAPeiljaarGiveThatYearItsInhabitantsAndLeaveEarlierYearsAlone() throws Exception {
        long id = organisations.registerCooperation("API-leden " + System.nanoTime(), List.of("GM0003", "GM0010"));

        HttpResponse<String> response = api(
                "PUT",
                "/api/v1/organisations/" + id + "/members/2182",
                "{\"members\": [\"GM0010\", \"GM0014\"], \"version\": 0}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(organisations.find(id, 2181).orElseThrow().inhabitants()).isEqualTo(sum(2181, "GM0003", "GM0010"));
        assertThat(organisations.find(id, 2182).orElseThrow().inhabitants()).isEqualTo(sum(2182, "GM0010", "GM0014"));
        JsonNode year2182 = JSON.readTree(
                api("GET", "/api/v1/organisations/" + id + "?year=2182", null).body());
        assertThat(year2182.get("inhabitants").asLong()).isEqualTo(sum(2182, "GM0010", "GM0014"));
        assertThat(organisations.memberships(id))
                .extracting(Membership::municipalityCode, Membership::fromYear, Membership::untilYear)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("GM0003", 2000, 2181),
                        org.assertj.core.groups.Tuple.tuple("GM0010", 2000, null),
                        org.assertj.core.groups.Tuple.tuple("GM0014", 2182, null));
    }

    @Test
    void aParticipantListsOnlyItsOwnOrganisationAndCannotRegister() throws Exception {
        TestData.Subject subject = testData.newOrganisation(2183);

        HttpResponse<String> list =
                new UserAgent(port).api("GET", "/api/v1/organisations", subject.deelnemer(), TestData.PASSWORD, null);
        HttpResponse<String> register = new UserAgent(port)
                .api(
                        "POST",
                        "/api/v1/organisations",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "{\"municipality\": \"GM0003\"}");

        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode organisationsSeen = JSON.readTree(list.body());
        assertThat(organisationsSeen).hasSize(1);
        assertThat(organisationsSeen.get(0).get("id").asLong()).isEqualTo(subject.organisationId());
        assertThat(register.statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeWithoutItsVersionIsRefusedWith422NamingTheField() throws Exception {
        long id = organisations.registerCooperation("API-zonder-versie " + System.nanoTime(), List.of("GM0003"));
        String name = organisations.find(id).orElseThrow().name();

        HttpResponse<String> response = api("PUT", "/api/v1/organisations/" + id, "{\"name\": \"Anders\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/errors/version").asText())
                .isEqualTo("Stuur de version mee die u het laatst las.");
        assertThat(organisations.find(id).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void aParticipantCannotReadAnotherOrganisation() {
        TestData.Subject subject = testData.newOrganisation(2183);
        long other = organisations.findByName("Halte Werk").orElseThrow().id();

        HttpResponse<String> response = new UserAgent(port)
                .api("GET", "/api/v1/organisations/" + other, subject.deelnemer(), TestData.PASSWORD, null);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void listsTheMunicipalityListInForceForAPeiljaar() throws Exception {
        HttpResponse<String> response = api("GET", "/api/v1/municipalities?year=2025", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("referenceYear").asInt()).isEqualTo(2019);
        assertThat(body.get("municipalities")).hasSize(register.list(2019).size());
    }

    @Test
    void describesTheOrganisationPathsInTheOpenApiDocument() throws Exception {
        JsonNode paths =
                JSON.readTree(new UserAgent(port).get("/api/openapi").body()).get("paths");

        assertThat(paths.has("/api/v1/organisations")).isTrue();
        assertThat(paths.has("/api/v1/organisations/{orgId}/members/{year}")).isTrue();
        assertThat(paths.has("/api/v1/municipalities")).isTrue();
    }

    private long sum(int year, String... codes) {
        Set<String> wanted = Set.of(codes);
        return register.inForce(year).stream()
                .filter(m -> wanted.contains(m.code()))
                .mapToLong(Municipality::inhabitants)
                .sum();
    }

    private List<Municipality> unregistered() {
        Set<String> registered = organisations.idsByCode().keySet();
        return register.inForce(2026).stream()
                .filter(m -> !registered.contains(m.code()))
                .toList();
    }

    private HttpResponse<String> api(String method, String path, String body) {
        return new UserAgent(port).api(method, path, "beheerder", "demo", body);
    }
}
