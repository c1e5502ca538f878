package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
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

/** The beheerder's exchange page: codes, export, check and import of an uploaded file. */
@IntegrationTest
class ExchangePageIT {

    static final int YEAR = 2065;
    static final String BOUNDARY = "----maatstaf-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    private UserAgent beheerder() {
        UserAgent agent = UserAgent.loggedIn(port, "beheerder", "demo");
        agent.get("/beheer/uitwisseling?jaar=" + YEAR);
        return agent;
    }

    private static byte[] multipart(Map<String, String> fields, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"jaar.csv\"\r\n"
                                + "Content-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpResponse<String> upload(UserAgent agent, String action, byte[] file) {
        return agent.postRaw(
                "/beheer/uitwisseling",
                "multipart/form-data; boundary=" + BOUNDARY,
                multipart(Map.of("_csrf", agent.csrfToken(), "jaar", String.valueOf(YEAR), "actie", action), file));
    }

    private String validCsv(Subject subject) {
        String code = organisations.find(subject.organisationId()).orElseThrow().code();
        return "\uFEFForganisatie;module;veld;waarde\r\n" + code + ";WMO;A.KCC.fte;2,5\r\n" + code
                + ";WMO;A.KCC.loonkosten;150000\r\n" + code + ";WMO;B.BESCHIKKINGEN;1200\r\n" + code
                + ";WMO;B.CLIENTEN;950\r\n";
    }

    private long versionsOf(Subject subject) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :id
                        """)
                .param("id", subject.organisationId())
                .query(Long.class)
                .single();
    }

    @Test
    void showsOrganisationCodesExportButtonsAndTheImportFormToTheBeheerder() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> page =
                UserAgent.loggedIn(port, "beheerder", "demo").get("/beheer/uitwisseling?jaar=" + YEAR);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Uitwisseling per peiljaar", "GM0003", "Alle modules", "enctype=\"multipart/form-data\"")
                .contains(organisations
                        .find(subject.organisationId())
                        .orElseThrow()
                        .code())
                .contains("/beheer/uitwisseling/export?jaar=" + YEAR + "&amp;formaat=csv");
    }

    @Test
    void refusesThePageToDeelnemerAndLezer() {
        Subject subject = testData.newOrganisation(YEAR);

        for (String user : new String[] {subject.deelnemer(), subject.lezer()}) {
            UserAgent agent = UserAgent.loggedIn(port, user, TestData.PASSWORD);

            assertThat(agent.get("/beheer/uitwisseling").statusCode()).isEqualTo(403);
            assertThat(agent.get("/beheer/uitwisseling/export?jaar=2025&formaat=csv")
                            .statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void downloadsTheExportAsCsvForDutchExcel() {
        HttpResponse<String> export = beheerder().get("/beheer/uitwisseling/export?jaar=2025&module=WMO&formaat=csv");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "maatstaf-2025-wmo.csv");
        assertThat(export.body())
                .startsWith("\uFEFForganisatie;module;veld;waarde\r\n")
                .contains(";WMO;A.");
    }

    @Test
    void checksAnUploadWithoutStoringAnything() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> page =
                upload(beheerder(), "controleren", validCsv(subject).getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Het bestand is in orde: 1 inzendingen", "nog niets opgeslagen");
        assertThat(versionsOf(subject)).isZero();
    }

    @Test
    void importsAnUploadAsANewApprovedVersion() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> page =
                upload(beheerder(), "importeren", validCsv(subject).getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 inzendingen geïmporteerd");
        assertThat(versionsOf(subject)).isEqualTo(1);
    }

    @Test
    void showsTheReportPerRowAndImportsNothingWhenOneRowIsWrong() {
        Subject subject = testData.newOrganisation(YEAR);
        String csv = validCsv(subject) + "GM9999;WMO;A.KCC.fte;1\r\n";

        HttpResponse<String> page = upload(beheerder(), "importeren", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Niets geïmporteerd: 1 fouten")
                .contains("<td class=\"num\">6</td>")
                .contains("Onbekende organisatiecode &#39;GM9999&#39;");
        assertThat(versionsOf(subject)).isZero();
    }

    @Test
    void refusesAFiftyMegabyteUploadWithADutchPage() {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] file = new byte[50 * 1024 * 1024];
        Arrays.fill(file, (byte) ' ');

        HttpResponse<String> page = upload(beheerder(), "importeren", file);

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("te groot", "25 MB").doesNotContain("Exception");
        assertThat(versionsOf(subject)).isZero();
    }

    @Test
    void importsAFileLargerThanTheGeneralLimitSentChunked() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent beheerder = beheerder();
        byte[] file = (validCsv(subject) + " \r\n".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        byte[] body = multipart(
                Map.of("_csrf", beheerder.csrfToken(), "jaar", String.valueOf(YEAR), "actie", "importeren"), file);

        HttpResponse<String> page = beheerder.postRawChunked(
                "/beheer/uitwisseling",
                "multipart/form-data; boundary=" + BOUNDARY,
                () -> new ByteArrayInputStream(body));

        assertThat(file.length).isGreaterThan(2 * 1024 * 1024);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 inzendingen geïmporteerd");
        assertThat(versionsOf(subject)).isEqualTo(1);
    }

    @Test
    void refusesAChunkedUploadAboveTwentyFiveMegabytesWithADutchPage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent beheerder = beheerder();
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + beheerder.csrfToken() + "\r\n--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"jaar\"\r\n\r\n" + YEAR + "\r\n--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"actie\"\r\n\r\nimporteren\r\n--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"jaar.csv\"\r\n\r\n"
                        + validCsv(subject))
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> page = beheerder.postRawChunked(
                "/beheer/uitwisseling",
                "multipart/form-data; boundary=" + BOUNDARY,
                () -> new SequenceInputStream(new ByteArrayInputStream(head), GeneratedBytes.of(26L * 1024 * 1024)));

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("te groot (maximaal 25 MB)").doesNotContain("Exception");
        assertThat(versionsOf(subject)).isZero();
    }
}
