package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The JSON API for submissions: round trip, refusals and authorisation. */
@IntegrationTest
class SubmissionApiIT {

    static final int YEAR = 2032;
    static final String VALID_VALUES = """
            {"A.KCC.fte": 2, "A.KCC.loonkosten": "€ 150.000", "B.BESCHIKKINGEN": 1200, "B.CLIENTEN": "950"}
            """;
    static final String CONTACT = """
            "contactName": "Anna de Vries", "contactEmail": "a.devries@example.nl"
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    private static String path(Subject subject, String module) {
        return "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/" + module;
    }

    private HttpResponse<String> call(String method, String path, String user, String body) {
        return new UserAgent(port).api(method, path, user, TestData.PASSWORD, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static String put(int lockVersion, String values) {
        return "{\"lockVersion\": " + lockVersion + ", \"values\": " + values + "}";
    }

    @Test
    void readsAnUnstartedSubmission() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> response = call("GET", path(subject, "wmo"), subject.deelnemer(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("NIET_GESTART");
        assertThat(body.get("lockVersion").asInt()).isZero();
        assertThat(body.get("module").asText()).isEqualTo("WMO");
        assertThat(body.get("errors").toString()).contains("Beschikkingen is de hoofdfactor");
    }

    @Test
    void writesReadsAndSubmitsARoundTrip() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> saved = call("PUT", path(subject, "WMO"), subject.deelnemer(), put(0, VALID_VALUES));
        HttpResponse<String> read = call("GET", path(subject, "wmo"), subject.deelnemer(), null);
        HttpResponse<String> submitted =
                call("POST", path(subject, "wmo") + "/submit", subject.deelnemer(), "{" + CONTACT + "}");

        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode document = json(read);
        assertThat(document.get("lockVersion").asInt()).isEqualTo(1);
        assertThat(document.get("values").get("A.KCC.fte").asText()).isEqualTo("2");
        assertThat(document.get("values").get("A.KCC.loonkosten").asText()).isEqualTo("€ 150.000");
        assertThat(document.get("numbers").get("A.KCC.loonkosten").decimalValue())
                .isEqualByComparingTo("150000");
        assertThat(document.get("errors")).isEmpty();
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(json(submitted).get("status").asText()).isEqualTo("INGEDIEND");
        assertThat(json(submitted).get("versions").get(0).get("versionNo").asInt())
                .isEqualTo(1);
    }

    @Test
    void keepsInvalidTextAndReportsItInDutch() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> saved =
                call("PUT", path(subject, "wmo"), subject.deelnemer(), put(0, "{\"A.KCC.fte\": \"abc\"}"));

        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode body = json(saved);
        assertThat(body.get("values").get("A.KCC.fte").asText()).isEqualTo("abc");
        assertThat(body.get("errors").toString())
                .contains("Klantcontactcentrum (KCC) – Formatie (fte): Vul een getal in");
    }

    @Test
    void refusesUnknownFieldKeysWithADutchMessagePerKeyAndStoresNothing() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> response = call(
                "PUT", path(subject, "wmo"), subject.deelnemer(), put(0, "{\"A.KCC.fte\": 2, \"A.ONBEKEND.fte\": 1}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode body = json(response);
        assertThat(body.get("detail").asText()).contains("Er is niets opgeslagen");
        assertThat(body.get("errors").get("A.ONBEKEND.fte").asText()).contains("hoort niet bij de vragenlijst");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void refusesAStaleLockVersionWithConflictAndOverwritesNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        call("PUT", path(subject, "wmo"), subject.deelnemer(), put(0, "{\"A.KCC.fte\": 2}"));

        HttpResponse<String> stale =
                call("PUT", path(subject, "wmo"), subject.deelnemer(), put(0, "{\"A.KCC.fte\": 9}"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("detail").asText()).contains("intussen door iemand anders gewijzigd");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "2");
    }

    @Test
    void refusesToSubmitWithErrorsAndListsThem() {
        Subject subject = testData.newOrganisation(YEAR);
        call(
                "PUT",
                path(subject, "wmo"),
                subject.deelnemer(),
                put(0, "{\"A.KCC.fte\": 2, \"A.KCC.loonkosten\": 150000}"));

        HttpResponse<String> response =
                call("POST", path(subject, "wmo") + "/submit", subject.deelnemer(), "{" + CONTACT + "}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = json(response);
        assertThat(body.get("detail").asText()).contains("kan nog niet worden ingediend");
        assertThat(body.get("errors").toString()).contains("hoofdfactorMissing").contains("requiredMissing");
        assertThat(Pages.versionCount(jdbc, subject.organisationId(), YEAR, "WMO"))
                .isZero();
    }

    @Test
    void submitsAWarningOnlyWithItsExplanation() {
        Subject subject = testData.newOrganisation(YEAR);
        String values = VALID_VALUES.replace("\"€ 150.000\"", "400000");
        call("PUT", path(subject, "wmo"), subject.deelnemer(), put(0, values));

        HttpResponse<String> unexplained =
                call("POST", path(subject, "wmo") + "/submit", subject.deelnemer(), "{" + CONTACT + "}");
        HttpResponse<String> explained = call(
                "POST",
                path(subject, "wmo") + "/submit",
                subject.deelnemer(),
                "{\"explanations\": {\"wagePerFte:A.KCC\": \"Twee seniors.\"}, " + CONTACT + "}");

        assertThat(unexplained.statusCode()).isEqualTo(422);
        assertThat(json(unexplained).get("errors").toString()).contains("wagePerFte:A.KCC");
        assertThat(explained.statusCode()).isEqualTo(200);
        assertThat(json(explained).get("status").asText()).isEqualTo("INGEDIEND");
    }

    @Test
    void lezerMayReadButNotWrite() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> read = call("GET", path(subject, "wmo"), subject.lezer(), null);
        HttpResponse<String> write = call("PUT", path(subject, "wmo"), subject.lezer(), put(0, "{\"A.KCC.fte\": 2}"));
        HttpResponse<String> submit = call("POST", path(subject, "wmo") + "/submit", subject.lezer(), "{}");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(json(write).get("detail").asText()).contains("geen toegang");
        assertThat(submit.statusCode()).isEqualTo(403);
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void anotherOrganisationsSubmissionIsRefusedAndUnchanged() {
        Subject own = testData.newOrganisation(YEAR);
        Subject other = testData.newOrganisation(YEAR);

        HttpResponse<String> read = call("GET", path(other, "wmo"), own.deelnemer(), null);
        HttpResponse<String> write = call("PUT", path(other, "wmo"), own.deelnemer(), put(0, "{\"A.KCC.fte\": 2}"));

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(Pages.storedRaw(jdbc, other.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void beheerderMayReadAndWriteAnyOrganisation() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent agent = new UserAgent(port);

        HttpResponse<String> write =
                agent.api("PUT", path(subject, "wmo"), "beheerder", "demo", put(0, "{\"A.KCC.fte\": 4}"));

        assertThat(write.statusCode()).isEqualTo(200);
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "4");
    }

    @Test
    void unknownModuleIsNotFound() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> response = call("GET", path(subject, "onbekend"), subject.deelnemer(), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("detail").asText()).contains("bestaat niet");
    }

    @Test
    void malformedJsonIsABadRequestWithoutStackTrace() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> response = call("PUT", path(subject, "wmo"), subject.deelnemer(), "{\"lockVersion\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).contains("geen geldige JSON");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.");
    }

    @Test
    void missingLockVersionIsABadRequest() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> response =
                call("PUT", path(subject, "wmo"), subject.deelnemer(), "{\"values\": {\"A.KCC.fte\": 2}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).contains("lockVersion");
    }

    @Test
    void isDescribedInTheOpenApiDocument() {
        HttpResponse<String> response = new UserAgent(port).get("/api/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Aanleveringen").contains("/submissions/{year}/{module}/submit");
    }

    @Test
    void submitWithoutContactFieldsKeepsTheStoredContact() {
        Subject subject = testData.newOrganisation(YEAR);
        call("PUT", path(subject, "wmo"), subject.deelnemer(), put(0, "{\"A.KCC.fte\": 2}"));
        call("POST", path(subject, "wmo") + "/submit", subject.deelnemer(), "{" + CONTACT + "}");

        call("POST", path(subject, "wmo") + "/submit", subject.deelnemer(), "{}");

        JsonNode contact = json(call("GET", path(subject, "wmo"), subject.deelnemer(), null))
                .get("contact");
        assertThat(contact.get("name").asText()).isEqualTo("Anna de Vries");
        assertThat(contact.get("email").asText()).isEqualTo("a.devries@example.nl");
    }

    @Test
    void refusesExplanationsForWarningsTheDraftDoesNotHave() {
        Subject subject = testData.newOrganisation(YEAR);
        call("PUT", path(subject, "wmo"), subject.deelnemer(), put(0, VALID_VALUES));

        HttpResponse<String> response = call(
                "POST",
                path(subject, "wmo") + "/submit",
                subject.deelnemer(),
                "{\"explanations\": {\"" + "x".repeat(300) + "\": \"uitleg\"}, " + CONTACT + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).contains("toelichtingen bij waarschuwingen");
        assertThat(Pages.versionCount(jdbc, subject.organisationId(), YEAR, "WMO"))
                .isZero();
    }

    @Test
    void readsJsonNumbersExactlyAndRefusesAbsurdOnesWithoutServerError() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> exact =
                call("PUT", path(subject, "wmo"), subject.deelnemer(), put(0, "{\"A.KCC.fte\": 123456.123456789123}"));
        HttpResponse<String> absurd =
                call("PUT", path(subject, "wmo"), subject.deelnemer(), put(1, "{\"A.KCC.fte\": 1e400}"));

        assertThat(json(exact).get("values").get("A.KCC.fte").asText()).isEqualTo("123456,123456789123");
        assertThat(absurd.statusCode()).isEqualTo(400);
    }
}
