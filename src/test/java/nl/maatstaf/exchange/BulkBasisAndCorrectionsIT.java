package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The basis, peildatum and correction lines travel in the bulk exchange as flat keys. */
@IntegrationTest
class BulkBasisAndCorrectionsIT {

    static final String JSON = "application/json";
    static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    private String code(Subject subject) {
        return organisations.find(subject.organisationId()).orElseThrow().code();
    }

    private static String values() {
        return "{\"A.KCC.fte\": 2.5, \"A.KCC.loonkosten\": 150000, \"A.KCC.inhuurkosten\": 20000,"
                + " \"B.BESCHIKKINGEN\": 1200, \"B.CLIENTEN\": 950, \"basis\": \"FORMATIE\", \"peildatum\": \"1-1-2326\","
                + " \"correctie.KCC.1.soort\": \"INCIDENTEEL\", \"correctie.KCC.1.bedrag\": 5000,"
                + " \"correctie.KCC.1.reden\": \"Eenmalig project; wachtlijsten\"}";
    }

    private String version(long organisationId, int year) {
        return jdbc.sql("""
                        SELECT v.basis || ' ' || v.peildatum || ' ' || c.kind || ' ' || c.amount || ' ' || c.reason
                        FROM submission_version v JOIN submission s ON s.id = v.submission_id
                        JOIN submission_version_correction c ON c.version_id = v.id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year AND s.module_code = 'WMO'
                        """)
                .param("org", organisationId)
                .param("year", year)
                .query(String.class)
                .single();
    }

    @Test
    void aJsonImportStoresTheBasisAndCorrectionLinesAndTheExportGivesThemBack() {
        int year = 2326;
        Subject subject = testData.newOrganisation(year);
        String file = "{\"year\": " + year + ", \"submissions\": [{\"organisation\": \"" + code(subject)
                + "\", \"module\": \"WMO\", \"values\": " + values() + "}]}";

        HttpResponse<String> imported =
                new BulkClient(port).post("/api/v1/bulk/" + year, JSON, file.getBytes(StandardCharsets.UTF_8));
        String exported = new BulkClient(port).export(year, "?format=json&module=wmo");
        String csv = new BulkClient(port).export(year, "?format=csv&module=wmo");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(version(subject.organisationId(), year))
                .isEqualTo("FORMATIE 2326-01-01 INCIDENTEEL 5000 Eenmalig project; wachtlijsten");
        JsonNode values = BulkClient.json(exported).at("/submissions/0/values");
        assertThat(values.get("basis").asText()).isEqualTo("FORMATIE");
        assertThat(values.get("peildatum").asText()).isEqualTo("2326-01-01");
        assertThat(values.get("correctie.KCC.1.bedrag").decimalValue()).isEqualByComparingTo("5000");
        assertThat(csv).contains(";correctie.KCC.1.reden;\"Eenmalig project; wachtlijsten\"");
    }

    @Test
    void aCsvImportWithACorrectionAboveTheInhuurIsRefusedAtItsLine() {
        int year = 2327;
        Subject subject = testData.newOrganisation(year);
        String code = code(subject);
        byte[] file = ("organisatie;module;veld;waarde\n"
                        + String.join(
                                "\n",
                                List.of(
                                        code + ";WMO;A.KCC.fte;2",
                                        code + ";WMO;A.KCC.loonkosten;150000",
                                        code + ";WMO;A.KCC.inhuurkosten;1000",
                                        code + ";WMO;B.BESCHIKKINGEN;1200",
                                        code + ";WMO;B.CLIENTEN;950",
                                        code + ";WMO;correctie.KCC.1.soort;BEZUINIGING",
                                        code + ";WMO;correctie.KCC.1.bedrag;5000",
                                        code + ";WMO;correctie.KCC.1.reden;Bezuiniging"))
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = new BulkClient(port).post("/api/v1/bulk/" + year, CSV, file);

        assertThat(refused.body()).contains("zijn samen hoger dan de ingevulde inhuurkosten");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE organisation_id = :org")
                        .param("org", subject.organisationId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
