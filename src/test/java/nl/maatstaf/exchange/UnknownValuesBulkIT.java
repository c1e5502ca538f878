package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.ValueMarker;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "niet bekend" and "n.v.t." through the bulk exchange: imported as markers, exported as they came in. */
@IntegrationTest
class UnknownValuesBulkIT {

    static final int YEAR = 2386;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApprovedSubmissions approved;

    @Test
    void aCsvImportStoresTheMarkersAndTheExportWritesThemBack() {
        Subject subject = testData.newOrganisation(YEAR);
        String code = organisations.find(subject.organisationId()).orElseThrow().code();
        byte[] csv = ("organisatie;module;veld;waarde\n"
                        + code + ";WMO;B.BESCHIKKINGEN;1200\n"
                        + code + ";WMO;B.CLIENTEN;950\n"
                        + code + ";WMO;A.KCC.fte;2\n"
                        + code + ";WMO;A.KCC.loonkosten;niet bekend\n"
                        + code + ";WMO;A.BELEID.fte;nvt\n")
                .getBytes(StandardCharsets.UTF_8);
        BulkClient client = new BulkClient(port);

        HttpResponse<String> response = client.post("/api/v1/bulk/" + YEAR, "text/csv", csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ApprovedSubmission stored =
                approved.approvedOf(subject.organisationId(), YEAR, "WMO").orElseThrow();
        assertThat(stored.markers())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "A.KCC.loonkosten", ValueMarker.NIET_BEKEND, "A.BELEID.fte", ValueMarker.NIET_VAN_TOEPASSING));
        assertThat(stored.value("A.KCC.fte")).isEqualByComparingTo(new BigDecimal("2"));
        assertThat(client.export(YEAR, "?module=wmo&format=csv"))
                .contains(code + ";WMO;A.KCC.loonkosten;niet bekend\r\n")
                .contains(code + ";WMO;A.BELEID.fte;n.v.t.\r\n");
        assertThat(client.export(YEAR, "?module=wmo&format=json")).contains("\"A.KCC.loonkosten\" : \"NIET_BEKEND\"");
    }

    @Test
    void aJsonImportRefusesAMarkerOutsidePartAAtItsField() {
        Subject subject = testData.newOrganisation(YEAR);
        String code = organisations.find(subject.organisationId()).orElseThrow().code();
        String file = "{\"year\": " + YEAR + ", \"submissions\": [{\"organisation\": \"" + code
                + "\", \"module\": \"WMO\", \"values\": {\"B.BESCHIKKINGEN\": 1200, \"B.CLIENTEN\": \"NIET_BEKEND\"}}]}";

        HttpResponse<String> response = new BulkClient(port)
                .post("/api/v1/bulk/" + YEAR, "application/json", file.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("B.CLIENTEN").contains("kan alleen bij de formatie en kosten van deel A");
        assertThat(approved.approvedOf(subject.organisationId(), YEAR, "WMO")).isEmpty();
    }
}
