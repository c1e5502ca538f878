package nl.maatstaf.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enrolments over JSON: PUT enrols (201 new, 200 existing), DELETE withdraws before a submission. */
@IntegrationTest
class EnrolmentApiIT {

    static final int HOME_YEAR = 2200;
    static final int YEAR = 2208;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> beheerder(String method, String path) {
        return new UserAgent(port).api(method, path, "beheerder", "demo", null);
    }

    private static String path(TestData.Subject subject, String module) {
        return "/api/v1/organisations/" + subject.organisationId() + "/enrolments/" + YEAR + "/" + module;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("No JSON: " + response.body(), e);
        }
    }

    private TestData.Subject organisation() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        catalog.openYearWithStandardCatalog(YEAR);
        return subject;
    }

    @Test
    void enrollingAnswersCreatedTheFirstTimeAndOkWhenEnrolledAlready() {
        TestData.Subject subject = organisation();
        String code = organisations.find(subject.organisationId()).orElseThrow().code();

        HttpResponse<String> first = beheerder("PUT", path(subject, "wmo"));
        HttpResponse<String> again = beheerder("PUT", path(subject, "WMO"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).get("organisation").asText()).isEqualTo(code);
        assertThat(json(first).get("module").asText()).isEqualTo("WMO");
        assertThat(json(first).get("detail").asText()).isEqualTo(subject.name() + " is ingeschreven voor Wmo 2208.");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("detail").asText())
                .isEqualTo(subject.name() + " was al ingeschreven voor Wmo 2208; er is niets veranderd.");
        assertThat(enrolments.isEnrolled(subject.organisationId(), YEAR, "WMO")).isTrue();
        assertThat(audit.forEntity(Enrolments.AUDIT_ENTITY, YEAR + "/WMO"))
                .filteredOn(entry -> subject.organisationId() == entry.organisationId())
                .hasSize(1);
    }

    @Test
    void aDeactivatedOrganisationCannotBeEnrolledAndNothingIsStored() {
        TestData.Subject subject = organisation();
        organisations.update(
                subject.organisationId(), null, false, organisations.version(subject.organisationId()), "beheerder");

        HttpResponse<String> response = beheerder("PUT", path(subject, "wmo"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(json(response).get("detail").asText())
                .isEqualTo(subject.name() + " is gedeactiveerd en kan niet worden ingeschreven.");
        assertThat(enrolments.isEnrolled(subject.organisationId(), YEAR, "WMO")).isFalse();
    }

    @Test
    void withdrawingBeforeASubmissionAnswersNoContent() {
        TestData.Subject subject = organisation();
        beheerder("PUT", path(subject, "jeugd"));

        HttpResponse<String> response = beheerder("DELETE", path(subject, "jeugd"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(enrolments.isEnrolled(subject.organisationId(), YEAR, "JEUGD"))
                .isFalse();
    }

    @Test
    void withdrawingAfterADraftIsAConflictAndKeepsTheEnrolment() {
        TestData.Subject subject = organisation();
        beheerder("PUT", path(subject, "jeugd"));
        jdbc.sql("""
                        INSERT INTO submission (organisation_id, peiljaar, module_code, status, lock_version, updated_at,
                            updated_by)
                        VALUES (:org, :year, 'JEUGD', 'CONCEPT', 0, :at, 'test')
                        """)
                .param("org", subject.organisationId())
                .param("year", YEAR)
                .param("at", OffsetDateTime.now())
                .update();

        HttpResponse<String> response = beheerder("DELETE", path(subject, "jeugd"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("detail").asText())
                .isEqualTo("De inschrijving van " + subject.name()
                        + " voor Jeugd 2208 is niet ingetrokken: er is al een concept of inzending.");
        assertThat(enrolments.isEnrolled(subject.organisationId(), YEAR, "JEUGD"))
                .isTrue();
    }

    @Test
    void withdrawingWhatIsNotEnrolledAndUnknownOrganisationsOrModulesAreNotFound() {
        TestData.Subject subject = organisation();

        HttpResponse<String> notEnrolled = beheerder("DELETE", path(subject, "schuldhulpverlening"));
        HttpResponse<String> unknownOrganisation =
                beheerder("PUT", "/api/v1/organisations/999999999/enrolments/" + YEAR + "/wmo");
        HttpResponse<String> unknownModule = beheerder("PUT", path(subject, "tuinbouw"));

        assertThat(notEnrolled.statusCode()).isEqualTo(404);
        assertThat(json(notEnrolled).get("detail").asText())
                .isEqualTo(subject.name() + " is niet ingeschreven voor Schuldhulpverlening 2208.");
        assertThat(unknownOrganisation.statusCode()).isEqualTo(404);
        assertThat(json(unknownOrganisation).get("detail").asText())
                .isEqualTo("Er is geen organisatie met id 999999999.");
        assertThat(unknownModule.statusCode()).isEqualTo(404);
        assertThat(unknownModule.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(json(unknownModule).get("detail").asText())
                .isEqualTo("Er is geen module tuinbouw in peiljaar 2208: onbekend peiljaar of onbekende module.");
    }

    @Test
    void aDeelnemerCanNeitherEnrolNorWithdraw() {
        TestData.Subject subject = organisation();
        beheerder("PUT", path(subject, "jeugd"));

        HttpResponse<String> enrol =
                new UserAgent(port).api("PUT", path(subject, "wmo"), subject.deelnemer(), TestData.PASSWORD, null);
        HttpResponse<String> withdraw =
                new UserAgent(port).api("DELETE", path(subject, "jeugd"), subject.deelnemer(), TestData.PASSWORD, null);

        assertThat(enrol.statusCode()).isEqualTo(403);
        assertThat(json(enrol).get("detail").asText())
                .isEqualTo("Alleen de beheerder mag organisaties inschrijven of inschrijvingen intrekken.");
        assertThat(withdraw.statusCode()).isEqualTo(403);
        assertThat(enrolments.isEnrolled(subject.organisationId(), YEAR, "WMO")).isFalse();
        assertThat(enrolments.isEnrolled(subject.organisationId(), YEAR, "JEUGD"))
                .isTrue();
    }

    @Test
    void theEnrolmentReviewAndNamedSetEndpointsAreInTheOpenApiDocument() {
        HttpResponse<String> response = beheerder("GET", "/api/openapi");

        assertThat(response.body())
                .contains(
                        "/api/v1/organisations/{orgId}/enrolments/{year}/{module}",
                        "/api/v1/organisations/{orgId}/submissions/{year}/{module}/approve",
                        "/api/v1/organisations/{orgId}/submissions/{year}/{module}/return",
                        "/api/v1/editions/{year}/{module}/named-sets",
                        "/api/v1/editions/{year}/{module}/named-sets/{id}",
                        "\"deadline\"");
    }

    @Test
    void inAClosedPeiljaarNothingIsEnrolledOrWithdrawn() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        catalog.openYearWithStandardCatalog(2211);
        enrolments.enrol(subject.organisationId(), 2211, "JEUGD", "test");
        jdbc.sql("UPDATE benchmark_year SET status = 'GESLOTEN' WHERE peiljaar = 2211")
                .update();
        String path = "/api/v1/organisations/" + subject.organisationId() + "/enrolments/2211/";

        HttpResponse<String> enrol = beheerder("PUT", path + "wmo");
        HttpResponse<String> withdraw = beheerder("DELETE", path + "jeugd");

        assertThat(enrol.statusCode()).isEqualTo(409);
        assertThat(json(enrol).get("detail").asText())
                .isEqualTo("Peiljaar 2211 is niet open: inschrijvingen kunnen niet meer veranderen.");
        assertThat(withdraw.statusCode()).isEqualTo(409);
        assertThat(enrolments.isEnrolled(subject.organisationId(), 2211, "WMO")).isFalse();
        assertThat(enrolments.isEnrolled(subject.organisationId(), 2211, "JEUGD"))
                .isTrue();
    }
}
