package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A workbook names the organisation it was downloaded for; another organisation cannot take it over. */
@IntegrationTest
class WorkbookOrganisationIT {

    static final int YEAR = 2080;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    static final String WORKBOOK = PAGE + "/vragenlijst.xlsx";
    static final String UPLOAD = PAGE + "/werkmap";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rejectsWorkbookDownloadedByAnotherOrganisation() {
        Subject owner = testData.newOrganisation(YEAR);
        Subject other = testData.newOrganisation(YEAR);
        UserAgent ownerBrowser = Pages.open(port, owner.deelnemer(), PAGE);
        Pages.save(ownerBrowser, PAGE, "A", Pages.validWmo());
        byte[] ownersWorkbook = WorkbookFiles.read(
                        ownerBrowser.getBytes(WORKBOOK).body())
                .set("B.CLIENTEN", 950)
                .bytes();
        UserAgent otherBrowser = Pages.open(port, other.deelnemer(), PAGE);
        String lock = Pages.lockVersion(otherBrowser.get(PAGE).body());

        HttpResponse<String> uploaded = otherBrowser.postFile(
                UPLOAD, Map.of("lockVersion", lock), "werkmap", "van-een-ander.xlsx", ownersWorkbook);

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body())
                .contains("De werkmap is niet overgenomen; er is niets gewijzigd.")
                .contains("Informatie!B9: deze werkmap is van organisatie " + code(owner) + ", maar u uploadt voor "
                        + other.name() + " (" + code(other) + ")");
        assertThat(Pages.storedRaw(jdbc, other.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void acceptsTheOrganisationsOwnWorkbook() {
        Subject owner = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, owner.deelnemer(), PAGE);
        byte[] filled = WorkbookFiles.read(browser.getBytes(WORKBOOK).body())
                .set("B.CLIENTEN", 950)
                .bytes();
        String lock = Pages.lockVersion(browser.get(PAGE).body());

        HttpResponse<String> uploaded =
                browser.postFile(UPLOAD, Map.of("lockVersion", lock), "werkmap", "eigen.xlsx", filled);

        assertThat(uploaded.body()).contains("De werkmap is overgenomen: 1 veld(en) gewijzigd.");
    }

    private String code(Subject subject) {
        return jdbc.sql("SELECT code FROM organisation WHERE id = :id")
                .param("id", subject.organisationId())
                .query(String.class)
                .single();
    }
}
