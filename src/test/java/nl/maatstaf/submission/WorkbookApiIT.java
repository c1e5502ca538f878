package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.maatstaf.testsupport.GeneratedBytes;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The questionnaire workbook over the JSON API: the same download and all-or-nothing upload as on the page. */
@IntegrationTest
class WorkbookApiIT {

    static final int YEAR = 2056;
    static final String XLSX = WorkbookLayout.CONTENT_TYPE;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void takesOverAFilledWorkbookSentToTheApi() {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] filled = WorkbookFiles.read(download(subject).body())
                .set("A.KCC.fte", 2)
                .set("A.KCC.loonkosten", 150000)
                .bytes();

        HttpResponse<byte[]> uploaded = upload(subject, "?lockVersion=0", filled);

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(new String(uploaded.body(), StandardCharsets.UTF_8)).contains("\"lockVersion\"");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO"))
                .containsEntry("A.KCC.fte", "2")
                .containsEntry("A.KCC.loonkosten", "150000");
    }

    @Test
    void answersARefusedWorkbookWithTheProblemsBySheetAndCell() {
        Subject subject = testData.newOrganisation(YEAR);
        WorkbookFiles workbook = WorkbookFiles.read(download(subject).body());
        String place = workbook.place("A.KCC.fte");

        HttpResponse<byte[]> uploaded = upload(
                subject, "?lockVersion=0", workbook.set("A.KCC.fte", "twee").bytes());

        assertThat(uploaded.statusCode()).isEqualTo(422);
        assertThat(new String(uploaded.body(), StandardCharsets.UTF_8))
                .contains("Werkmap niet overgenomen")
                .contains("\"place\":\"" + place + "\"")
                .contains("is geen getal");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void refusesAChunkedTwentyMegabyteWorkbookWithADutch413AndKeepsNothing() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<String> uploaded = new UserAgent(port)
                .apiChunked(
                        "PUT",
                        path(subject) + "?lockVersion=0",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        XLSX,
                        () -> GeneratedBytes.of(20L * 1024 * 1024));

        assertThat(uploaded.statusCode()).isEqualTo(413);
        assertThat(uploaded.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(uploaded.body()).contains("te groot (maximaal 2 MB)").doesNotContain("Exception");
        assertThat(Pages.uploadCount(jdbc, subject.organisationId())).isZero();
    }

    @Test
    void takesOverAWorkbookSentChunkedWithinTheLimit() {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] filled =
                WorkbookFiles.read(download(subject).body()).set("A.KCC.fte", 2).bytes();

        HttpResponse<String> uploaded = new UserAgent(port)
                .apiChunked(
                        "PUT",
                        path(subject) + "?lockVersion=0",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        XLSX,
                        () -> new ByteArrayInputStream(filled));

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "2");
    }

    @Test
    void refusesAWorkbookUnderEightBytesWithADutch400AndKeepsNothing() {
        Subject subject = testData.newOrganisation(YEAR);

        HttpResponse<byte[]> uploaded = upload(subject, "?lockVersion=0", new byte[] {0x50, 0x4B, 0x03});

        assertBadRequest(uploaded, subject, "Dit bestand is te klein om een Excel-werkmap (.xlsx) te zijn.");
    }

    @Test
    void refusesAFileNameWithAControlCharacterWithADutch400AndKeepsNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] filled =
                WorkbookFiles.read(download(subject).body()).set("A.KCC.fte", 2).bytes();

        for (String header : List.of(
                "attachment; filename*=UTF-8''werk%00map.xlsx",
                "attachment; filename*=UTF-8''werk%0D%0Amap.xlsx",
                "attachment; filename*=UTF-8''werk%E2%80%AEmap.xlsx")) {
            HttpResponse<byte[]> uploaded = uploadNamed(subject, header, filled);

            assertBadRequest(uploaded, subject, "De bestandsnaam bevat een teken dat niet in een bestandsnaam hoort");
        }
    }

    @Test
    void keepsTheFileNameGivenInTheContentDispositionWithoutFolders() {
        Subject subject = testData.newOrganisation(YEAR);
        byte[] refused = WorkbookFiles.read(download(subject).body())
                .set("A.KCC.fte", "twee")
                .bytes();

        HttpResponse<byte[]> uploaded =
                uploadNamed(subject, "attachment; filename=\"../../mijn-cijfers.xlsx\"", refused);

        assertThat(uploaded.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT file_name FROM submission_upload WHERE organisation_id = :org")
                        .param("org", subject.organisationId())
                        .query(String.class)
                        .single())
                .isEqualTo("mijn-cijfers.xlsx");
    }

    private void assertBadRequest(HttpResponse<byte[]> uploaded, Subject subject, String detail) {
        assertThat(uploaded.statusCode()).isEqualTo(400);
        assertThat(uploaded.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(new String(uploaded.body(), StandardCharsets.UTF_8))
                .contains("Ongeldig verzoek")
                .contains(detail);
        assertThat(Pages.uploadCount(jdbc, subject.organisationId())).isZero();
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    private HttpResponse<byte[]> uploadNamed(Subject subject, String contentDisposition, byte[] content) {
        String credentials = Base64.getEncoder()
                .encodeToString((subject.deelnemer() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + path(subject) + "?lockVersion=0"))
                                    .header("Authorization", "Basic " + credentials)
                                    .header("Content-Type", XLSX)
                                    .header("Content-Disposition", contentDisposition)
                                    .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> download(Subject subject) {
        HttpResponse<byte[]> response =
                new UserAgent(port).apiFile("GET", path(subject), subject.deelnemer(), TestData.PASSWORD, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private HttpResponse<byte[]> upload(Subject subject, String query, byte[] content) {
        return new UserAgent(port)
                .apiFile("PUT", path(subject) + query, subject.deelnemer(), TestData.PASSWORD, XLSX, content);
    }

    private static String path(Subject subject) {
        return "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo/workbook";
    }
}
