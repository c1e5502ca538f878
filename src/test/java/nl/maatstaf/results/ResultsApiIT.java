package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ResultsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    @Test
    void theApiReturnsTheSameNumbersAsThePage() throws Exception {
        long mer = organisations.findByName("Servicecentrum MER").orElseThrow().id();

        JsonNode api = get("/api/v1/organisations/" + mer + "/results/2025/PARTICIPATIE", "deelnemer", "demo");
        String page = UserAgent.loggedIn(port, "deelnemer", "demo")
                .get("/resultaten/2025/participatie?tab=kosten")
                .body();

        JsonNode total = api.at("/costs/total");
        assertThat(page)
                .contains(DutchFormat.euro(total.get("own").decimalValue()))
                .contains(DutchFormat.euro(total.get("ownPerUnit").decimalValue()))
                .contains(DutchFormat.euro(total.get("reference").decimalValue()))
                .contains(DutchFormat.euroSigned(total.get("deviation").decimalValue()))
                .contains(DutchFormat.percentSigned(
                        total.get("deviationPercentage").decimalValue()));
    }

    @Test
    void theApiStatesThePolicyAndTheReferenceGroupSize() throws Exception {
        long mer = organisations.findByName("Servicecentrum MER").orElseThrow().id();

        JsonNode api = get("/api/v1/organisations/" + mer + "/results/2025/wmo", "lezer", "demo");

        assertThat(api.at("/referenceGroup/policy").asText()).isEqualTo("ALLE_GOEDGEKEURD");
        assertThat(api.at("/referenceGroup/size").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(api.at("/referenceGroup/sufficient").asBoolean()).isTrue();
        assertThat(api.at("/module").asText()).isEqualTo("WMO");
    }

    @Test
    void theApiGivesEachGroupItsTasksAndOutsourcingLineAndIndicatorsTheirSpread() throws Exception {
        long mer = organisations.findByName("Servicecentrum MER").orElseThrow().id();

        JsonNode api = get("/api/v1/organisations/" + mer + "/results/2025/participatie", "deelnemer", "demo");

        JsonNode uitvoering = api.at("/costs/groups/0");
        assertThat(uitvoering.at("/figure/code").asText()).isEqualTo("UITVOERING");
        assertThat(uitvoering.get("tasks")).isNotEmpty();
        assertThat(uitvoering.at("/outsourcing/name").asText()).isEqualTo("Kosten taken belegd bij derden");
        assertThat(api.at("/formation/groups/0/outsourcing").isNull()).isTrue();
        assertThat(api.at("/derivedIndicators/0/spread/median").isNumber()).isTrue();
    }

    @Test
    void suppressedReferencesAreNullInTheApi() throws Exception {
        int year = 2035;
        TestData.Subject own = testData.newOrganisation(year);
        approved.storeApproved(
                own.organisationId(), year, "PARTICIPATIE", ItFigures.participatie(400, 200_000), "test");
        for (int i = 1; i <= 2; i++) {
            long id = testData.newOrganisation(year).organisationId();
            approved.storeApproved(id, year, "PARTICIPATIE", ItFigures.participatie(300, 100_000 * i), "test");
        }
        publisher.publish(year, "PARTICIPATIE", "test", null);

        JsonNode api = get(
                "/api/v1/organisations/" + own.organisationId() + "/results/" + year + "/participatie",
                own.deelnemer(),
                TestData.PASSWORD);

        assertThat(api.at("/referenceGroup/sufficient").asBoolean()).isFalse();
        assertThat(api.at("/costs/total/ownPerUnit").decimalValue()).isEqualByComparingTo("637.5");
        assertThat(api.at("/costs/total/reference").isNull()).isTrue();
        assertThat(api.at("/costs/total/deviation").isNull()).isTrue();
        assertThat(api.at("/derivedIndicators/0/spread").isNull()).isTrue();
    }

    @Test
    void anUnknownModuleIsNotFoundInTheApi() {
        long mer = organisations.findByName("Servicecentrum MER").orElseThrow().id();

        HttpResponse<String> response = new UserAgent(port)
                .api("GET", "/api/v1/organisations/" + mer + "/results/2025/ONBEKEND", "deelnemer", "demo", null);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void theCatalogueApiReturnsGroupsTasksAndDerivedIndicators() throws Exception {
        JsonNode catalogue = get("/api/v1/catalog/2025/participatie", "lezer", "demo");

        assertThat(catalogue.get("code").asText()).isEqualTo("PARTICIPATIE");
        assertThat(catalogue.at("/groups/0/tasks/0/code").asText()).isEqualTo("KCC");
        assertThat(catalogue.at("/derivedIndicators/0/definition/nl").asText()).isNotBlank();
    }

    @Test
    void theCatalogueApiDoesNotKnowAnUnknownModule() {
        HttpResponse<String> response =
                new UserAgent(port).api("GET", "/api/v1/catalog/2025/onbekend", "lezer", "demo", null);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void theResultsApiIsDocumented() throws Exception {
        HttpResponse<String> response = new UserAgent(port).get("/api/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/paths").toString())
                .contains("/api/v1/organisations/{organisationId}/results/{year}/{module}")
                .contains("/api/v1/catalog/{year}/{module}");
    }

    private JsonNode get(String path, String user, String password) throws Exception {
        HttpResponse<String> response = new UserAgent(port).api("GET", path, user, password, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
