package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationKind;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Capacity at member municipalities in the bulk exchange: exported, imported, refused for a municipality. */
@IntegrationTest
class MemberCapacityBulkIT {

    static final int EXPORT_YEAR = 2363;
    static final int IMPORT_YEAR = 2364;
    static final int REFUSAL_YEAR = 2365;
    static final String DESCRIPTION = "Beleid; bij de \"deelnemende\" gemeenten";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    CatalogService catalogs;

    private String code(long organisationId) {
        return organisations.find(organisationId).orElseThrow().code();
    }

    private static Map<String, BigDecimal> wmo() {
        return Map.of(
                "B.BESCHIKKINGEN",
                new BigDecimal("1200"),
                "B.CLIENTEN",
                new BigDecimal("950"),
                FieldKeys.memberFte("BELEID"),
                new BigDecimal("1.5"),
                FieldKeys.memberCost("BELEID"),
                new BigDecimal("120000"));
    }

    @Test
    void theExportCarriesACooperationsCapacityAndDescriptionInJsonAndCsv() {
        Subject cooperation = testData.newOrganisation(EXPORT_YEAR);
        approved.storeApproved(
                cooperation.organisationId(),
                EXPORT_YEAR,
                "WMO",
                wmo(),
                Map.of(),
                Map.of(FieldKeys.memberDescription("BELEID"), DESCRIPTION),
                "test");
        BulkClient client = new BulkClient(port);

        JsonNode json = BulkClient.json(client.export(EXPORT_YEAR, "?module=wmo&format=json"));
        String csv = client.export(EXPORT_YEAR, "?module=wmo&format=csv");

        JsonNode values = null;
        for (JsonNode submission : json.get("submissions")) {
            if (submission.get("organisation").asText().equals(code(cooperation.organisationId()))) {
                values = submission.get("values");
            }
        }
        assertThat(values).isNotNull();
        assertThat(values.get("A.BELEID.gemeentenFte").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(values.get("A.BELEID.gemeentenKosten").decimalValue()).isEqualByComparingTo("120000");
        assertThat(values.get("A.BELEID.gemeentenOmschrijving").asText()).isEqualTo(DESCRIPTION);
        assertThat(csv)
                .contains(";WMO;A.BELEID.gemeentenFte;1,5\r\n")
                .contains(";WMO;A.BELEID.gemeentenOmschrijving;\"Beleid; bij de \"\"deelnemende\"\" gemeenten\"\r\n");
    }

    @Test
    void anImportKeepsACooperationsCapacityAndDescriptionInTheApprovedVersion() {
        Subject cooperation = testData.newOrganisation(IMPORT_YEAR);
        String file = "{\"year\": " + IMPORT_YEAR + ", \"submissions\": [{\"organisation\": \""
                + code(cooperation.organisationId()) + "\", \"module\": \"WMO\", \"values\": {"
                + "\"B.BESCHIKKINGEN\": 1200, \"B.CLIENTEN\": 950, \"A.BELEID.gemeentenFte\": 1.5,"
                + " \"A.BELEID.gemeentenKosten\": 120000, \"A.BELEID.gemeentenOmschrijving\": \"Loket\"}}]}";

        HttpResponse<String> response = new BulkClient(port)
                .post("/api/v1/bulk/" + IMPORT_YEAR, "application/json", file.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ApprovedSubmission stored = approved.approvedOf(cooperation.organisationId(), IMPORT_YEAR, "WMO")
                .orElseThrow();
        assertThat(stored.value("A.BELEID.gemeentenFte")).isEqualByComparingTo("1.5");
        assertThat(stored.value("A.BELEID.gemeentenKosten")).isEqualByComparingTo("120000");
        assertThat(stored.text("A.BELEID.gemeentenOmschrijving")).isEqualTo("Loket");
    }

    @Test
    void aMunicipalitysCapacityAtMemberMunicipalitiesIsRefusedAtItsRowAndNothingIsStored() {
        catalogs.openYearWithStandardCatalog(REFUSAL_YEAR);
        Organisation municipality = organisations.all().stream()
                .filter(o -> o.kind() == OrganisationKind.GEMEENTE && o.active())
                .findFirst()
                .orElseThrow();
        byte[] csv = ("organisatie;module;veld;waarde\n"
                        + municipality.code() + ";WMO;B.BESCHIKKINGEN;1200\n"
                        + municipality.code() + ";WMO;B.CLIENTEN;950\n"
                        + municipality.code() + ";WMO;A.BELEID.gemeentenFte;1,5\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response =
                new BulkClient(port).post("/api/v1/bulk/" + REFUSAL_YEAR + "?enrol=true", "text/csv", csv);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode finding =
                BulkClient.json(response.body()).get("report").get("findings").get(0);
        assertThat(finding.get("row").asInt()).isEqualTo(4);
        assertThat(finding.get("field").asText()).isEqualTo("A.BELEID.gemeentenFte");
        assertThat(finding.get("message").asText()).contains("alleen een samenwerking");
        assertThat(approved.approved(REFUSAL_YEAR, "WMO")).isEmpty();
    }
}
