package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.GeneratedBytes;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bulk API: round trips, the per-row report, all or nothing, size and authorisation. */
@IntegrationTest
class BulkApiIT {

    static final int JSON_ROUND_TRIP_YEAR = 2060;
    static final int CSV_ROUND_TRIP_YEAR = 2061;
    static final int THOUSAND_YEAR = 2062;
    static final int YEAR = 2063;
    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CatalogService catalogs;

    @Autowired
    JdbcClient jdbc;

    private BulkClient client() {
        return new BulkClient(port);
    }

    private String code(Subject subject) {
        return organisations.find(subject.organisationId()).orElseThrow().code();
    }

    static String values(String module) {
        String hoofd = switch (module) {
            case "PARTICIPATIE" -> "\"B.BIJSTANDSUITKERINGEN\": 1200";
            case "WMO" -> "\"B.BESCHIKKINGEN\": 1200, \"B.CLIENTEN\": 950";
            case "JEUGD" -> "\"B.BESCHIKKINGEN\": 1200, \"B.JEUGDIGEN\": 950";
            default -> "\"B.AANMELDINGEN\": 1200";
        };
        return "{\"A.KCC.fte\": 2.5, \"A.KCC.loonkosten\": 150000, " + hoofd + "}";
    }

    static String submission(String code, String module, String values) {
        return "{\"organisation\": \"" + code + "\", \"module\": \"" + module + "\", \"values\": " + values + "}";
    }

    static byte[] jsonFile(int year, List<String> submissions) {
        return ("{\"year\": " + year + ", \"submissions\": [" + String.join(",\n", submissions) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv(String... lines) {
        return ("organisatie;module;veld;waarde\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private long storedRows(int year) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM submission WHERE peiljaar = :year)
                             + (SELECT COUNT(*) FROM submission_value sv JOIN submission s ON s.id = sv.submission_id
                                WHERE s.peiljaar = :year)
                             + (SELECT COUNT(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id
                                WHERE s.peiljaar = :year)
                             + (SELECT COUNT(*) FROM submission_version_value vv
                                JOIN submission_version v ON v.id = vv.version_id
                                JOIN submission s ON s.id = v.submission_id WHERE s.peiljaar = :year)
                             + (SELECT COUNT(*) FROM participation WHERE peiljaar = :year)
                        """).param("year", year).query(Long.class).single();
    }

    private static JsonNode findings(HttpResponse<String> response) {
        return BulkClient.json(response.body()).get("report").get("findings");
    }

    private static String withYear(String exported, int from, int to) {
        return exported.replaceFirst("\"year\" : " + from, "\"year\" : " + to);
    }

    @Test
    void roundTripsThePeiljaarAsJsonIntoAFreshYear() {
        catalogs.openYearWithStandardCatalog(JSON_ROUND_TRIP_YEAR);
        String exported = client().export(2025, "?format=json");

        HttpResponse<String> imported = client().post(
                        "/api/v1/bulk/" + JSON_ROUND_TRIP_YEAR + "?enrol=true",
                        JSON,
                        withYear(exported, 2025, JSON_ROUND_TRIP_YEAR).getBytes(StandardCharsets.UTF_8));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = BulkClient.json(imported.body());
        assertThat(report.get("errors").asInt()).isZero();
        assertThat(report.get("imported").asInt())
                .isEqualTo(BulkClient.json(exported).get("submissions").size())
                .isGreaterThan(100);
        String again = client().export(JSON_ROUND_TRIP_YEAR, "?format=json");
        assertThat(BulkClient.json(again).get("submissions"))
                .isEqualTo(BulkClient.json(exported).get("submissions"));
    }

    @Test
    void roundTripsCsvIntoAFreshYearAndAgainIntoTheSameDataAsANewApprovedVersion() {
        catalogs.openYearWithStandardCatalog(CSV_ROUND_TRIP_YEAR);
        String exported = client().export(2025, "?format=csv");
        assertThat(exported).startsWith("\uFEFForganisatie;module;veld;waarde");

        HttpResponse<String> first = client().post(
                        "/api/v1/bulk/" + CSV_ROUND_TRIP_YEAR + "?enrol=true",
                        CSV,
                        exported.getBytes(StandardCharsets.UTF_8));
        String afterFirst = client().export(CSV_ROUND_TRIP_YEAR, "?format=csv");
        HttpResponse<String> second =
                client().post("/api/v1/bulk/" + CSV_ROUND_TRIP_YEAR, CSV, afterFirst.getBytes(StandardCharsets.UTF_8));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(afterFirst).isEqualTo(exported);
        assertThat(client().export(CSV_ROUND_TRIP_YEAR, "?format=csv")).isEqualTo(exported);
        assertThat(jdbc.sql("""
                                SELECT MAX(v.version_no) FROM submission_version v
                                JOIN submission s ON s.id = v.submission_id WHERE s.peiljaar = :year
                                """)
                        .param("year", CSV_ROUND_TRIP_YEAR)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void refusesAJsonFileWithOneInvalidSubmissionAmongAThousandAndImportsNothing() {
        catalogs.openYearWithStandardCatalog(THOUSAND_YEAR);
        List<String> submissions = new ArrayList<>();
        String[] modules = {"PARTICIPATIE", "WMO", "JEUGD", "SCHULDHULPVERLENING"};
        String invalidCode = null;
        for (int i = 0; i < 250; i++) {
            long id = organisations.registerCooperation(
                    "Bulktest " + i + " " + System.nanoTime(), List.of("GM0003", "GM0010"));
            String code = organisations.find(id).orElseThrow().code();
            for (String module : modules) {
                boolean invalid = submissions.size() == 736;
                if (invalid) {
                    invalidCode = code;
                }
                submissions.add(submission(
                        code, module, invalid ? values(module).replace("150000", "5000000000") : values(module)));
            }
        }
        long before = storedRows(THOUSAND_YEAR);

        HttpResponse<String> response = client().post(
                        "/api/v1/bulk/" + THOUSAND_YEAR + "?enrol=true", JSON, jsonFile(THOUSAND_YEAR, submissions));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode report = BulkClient.json(response.body()).get("report");
        assertThat(report.get("submissions").asInt()).isEqualTo(1000);
        assertThat(report.get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("imported").asInt()).isZero();
        JsonNode error = findings(response).get(0);
        assertThat(error.get("row").asInt()).isEqualTo(737);
        assertThat(error.get("organisation").asText()).isEqualTo(invalidCode);
        assertThat(error.get("module").asText()).isEqualTo("PARTICIPATIE");
        assertThat(error.get("field").asText()).isEqualTo("A.KCC.loonkosten");
        assertThat(error.get("message").asText()).contains("onwaarschijnlijk groot");
        assertThat(BulkClient.json(response.body()).get("detail").asText()).startsWith("Niets geïmporteerd");
        assertThat(storedRows(THOUSAND_YEAR)).isEqualTo(before).isZero();
    }

    @Test
    void reportsADecimalCommaInACommaSeparatedFilePerLine() {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] body = ("organisatie,module,veld,waarde\n" + code(subject) + ",WMO,A.KCC.fte,12,5\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client().post("/api/v1/bulk/" + YEAR, CSV, body);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode finding = findings(response).get(0);
        assertThat(finding.get("row").asInt()).isEqualTo(2);
        assertThat(finding.get("message").asText()).contains("decimale komma", "puntkomma", "\"12,5\"");
    }

    @Test
    void namesUnknownOrganisationModuleAndFieldOnTheirOwnLines() {
        Subject subject = testData.newOrganisation(YEAR);
        String code = code(subject);

        HttpResponse<String> response = client().post(
                        "/api/v1/bulk/" + YEAR,
                        CSV,
                        csv(
                                "GM9999;WMO;A.KCC.fte;2",
                                code + ";HUISVESTING;A.KCC.fte;2",
                                code + ";WMO;A.BESTAATNIET.fte;2"));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode findings = findings(response);
        assertThat(findings.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(findings.get(0).get("message").asText()).contains("Onbekende organisatiecode 'GM9999'");
        assertThat(findings.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(findings.get(1).get("message").asText()).contains("Onbekende module 'HUISVESTING'");
        assertThat(findings.get(2).get("row").asInt()).isEqualTo(4);
        assertThat(findings.get(2).get("message").asText()).contains("Onbekend veld 'A.BESTAATNIET.fte'");
    }

    @Test
    void refusesADuplicateRowNamingTheFirst() {
        Subject subject = testData.newOrganisation(YEAR);
        String code = code(subject);
        long before = storedRows(YEAR);

        HttpResponse<String> response = client().post(
                        "/api/v1/bulk/" + YEAR,
                        CSV,
                        csv(
                                code + ";WMO;B.BESCHIKKINGEN;1200",
                                code + ";WMO;B.CLIENTEN;950",
                                code + ";wmo;B.BESCHIKKINGEN;1300"));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode finding = findings(response).get(0);
        assertThat(finding.get("row").asInt()).isEqualTo(4);
        assertThat(finding.get("message").asText()).contains("Dubbele regel", "rij 2");
        assertThat(storedRows(YEAR)).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonAndCsvAsAWhole() {
        HttpResponse<String> json = client().post(
                        "/api/v1/bulk/" + YEAR,
                        JSON,
                        "{\"year\": 2063, \"submissions\": [".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> csv = client().post(
                        "/api/v1/bulk/" + YEAR, CSV, "dit is geen bulkbestand\n".getBytes(StandardCharsets.UTF_8));

        assertThat(json.statusCode()).isEqualTo(422);
        assertThat(findings(json).get(0).get("row").asInt()).isZero();
        assertThat(findings(json).get(0).get("message").asText()).contains("niet geldig");
        assertThat(csv.statusCode()).isEqualTo(422);
        assertThat(findings(csv).get(0).get("message").asText()).contains("kopregel");
    }

    @Test
    void refusesAFileForAnotherPeiljaar() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> response = client().post(
                        "/api/v1/bulk/" + YEAR,
                        JSON,
                        jsonFile(2025, List.of(submission(code(subject), "WMO", values("WMO")))));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(findings(response).get(0).get("message").asText()).contains("peiljaar 2025", "peiljaar 2063");
    }

    @Test
    void refusesAnOrganisationNotEnrolledUnlessEnrolmentIsAskedForAndAuditsIt() {
        catalogs.openYearWithStandardCatalog(YEAR);
        long id = organisations.registerCooperation("Niet aangemeld " + System.nanoTime(), List.of("GM0003"));
        String code = organisations.find(id).orElseThrow().code();
        byte[] file = jsonFile(YEAR, List.of(submission(code, "JEUGD", values("JEUGD"))));

        HttpResponse<String> refused = client().post("/api/v1/bulk/" + YEAR, JSON, file);
        HttpResponse<String> enrolled = client().post("/api/v1/bulk/" + YEAR + "?enrol=true", JSON, file);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(findings(refused).get(0).get("message").asText()).contains("neemt in peiljaar 2063 niet deel");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
        assertThat(BulkClient.json(enrolled.body()).get("enrolled").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("""
                                SELECT action || '|' || username || '|' || new_value FROM audit_log
                                WHERE organisation_id = :id AND action <> 'ORGANISATIE_GEREGISTREERD' ORDER BY id
                                """).param("id", id).query(String.class).list())
                .containsExactly(
                        "AANGEMELD|beheerder|bron: bulkimport", "GOEDGEKEURD_GEIMPORTEERD|beheerder|bron: bulkimport");
    }

    @Test
    void refusesAnOrganisationWhoseSubmissionAwaitsReview() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent agent = new UserAgent(port);
        String path = "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo";
        agent.api(
                "PUT",
                path,
                subject.deelnemer(),
                TestData.PASSWORD,
                "{\"lockVersion\": 0, \"values\": " + values("WMO") + "}");
        HttpResponse<String> submitted = agent.api(
                "POST",
                path + "/submit",
                subject.deelnemer(),
                TestData.PASSWORD,
                "{\"contactName\": \"Anna de Vries\", \"contactEmail\": \"a.devries@example.nl\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        HttpResponse<String> response = client().post(
                        "/api/v1/bulk/" + YEAR,
                        JSON,
                        jsonFile(YEAR, List.of(submission(code(subject), "WMO", values("WMO")))));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(findings(response).get(0).get("message").asText()).contains("op beoordeling wacht");
    }

    @Test
    void refusesAnOrganisationWhoseParticipantIsWorkingOnADraft() {
        Subject subject = testData.newOrganisation(YEAR);
        String path = "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/jeugd";
        HttpResponse<String> saved = new UserAgent(port)
                .api(
                        "PUT",
                        path,
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "{\"lockVersion\": 0, \"values\": {\"A.KCC.fte\": 1}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        HttpResponse<String> response = client().post(
                        "/api/v1/bulk/" + YEAR,
                        JSON,
                        jsonFile(YEAR, List.of(submission(code(subject), "JEUGD", values("JEUGD")))));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(findings(response).get(0).get("message").asText()).contains("werkt aan een concept");
        assertThat(jdbc.sql("SELECT raw_value FROM submission_value v JOIN submission s ON s.id = v.submission_id "
                                + "WHERE s.organisation_id = :id AND v.field_key = 'A.KCC.fte'")
                        .param("id", subject.organisationId())
                        .query(String.class)
                        .single())
                .isEqualTo("1");
    }

    @Test
    void checksWithoutStoringOnADryRun() {
        Subject subject = testData.newOrganisation(YEAR);
        long before = storedRows(YEAR);

        HttpResponse<String> response = client().post(
                        "/api/v1/bulk/" + YEAR + "?dryRun=true",
                        JSON,
                        jsonFile(YEAR, List.of(submission(code(subject), "WMO", values("WMO")))));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = BulkClient.json(response.body());
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("submissions").asInt()).isEqualTo(1);
        assertThat(storedRows(YEAR)).isEqualTo(before);
    }

    @Test
    void refusesAFiftyMegabyteUploadWithADutch413AndImportsNothing() {
        long before = storedRows(YEAR);
        byte[] body = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');

        HttpResponse<String> response = client().post("/api/v1/bulk/" + YEAR, CSV, body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("te groot", "25 MB").doesNotContain("Exception");
        assertThat(storedRows(YEAR)).isEqualTo(before);
    }

    @Test
    void refusesAChunkedUploadAboveTwentyFiveMegabytesWithADutch413AndImportsNothing() {
        long before = storedRows(YEAR);

        HttpResponse<String> response = new UserAgent(port)
                .apiChunked(
                        "POST",
                        "/api/v1/bulk/" + YEAR,
                        BulkClient.BEHEERDER,
                        BulkClient.DEMO_PASSWORD,
                        CSV,
                        () -> GeneratedBytes.of(26L * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("te groot (maximaal 25 MB)").doesNotContain("Exception");
        assertThat(storedRows(YEAR)).isEqualTo(before);
    }

    @Test
    void refusesDeelnemerAndLezerWith403() {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] file = jsonFile(YEAR, List.of(submission(code(subject), "WMO", values("WMO"))));

        for (String user : List.of(subject.deelnemer(), subject.lezer())) {
            HttpResponse<String> export = client().get("/api/v1/bulk/" + YEAR, user, TestData.PASSWORD);
            HttpResponse<String> upload = client().post("/api/v1/bulk/" + YEAR, JSON, file, user, TestData.PASSWORD);

            assertThat(export.statusCode()).isEqualTo(403);
            assertThat(upload.statusCode()).isEqualTo(403);
            assertThat(upload.body()).contains("Alleen de beheerder");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE organisation_id = :id")
                        .param("id", subject.organisationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void answersAnUnknownPeiljaarWith404() {
        HttpResponse<String> response = client().get("/api/v1/bulk/2069?format=csv", "beheerder", "demo");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("niet geopend");
    }

    @Test
    void documentsTheBulkEndpointsInOpenApi() {
        HttpResponse<String> response = client().get("/api/openapi", "beheerder", "demo");

        assertThat(response.body()).contains("/api/v1/bulk/{year}", "Een peiljaar importeren", "text/csv");
    }
}
