package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.testsupport.GeneratedBytes;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The questionnaire as an Excel workbook over real HTTP: download, upload all or nothing, the kept file. */
@IntegrationTest
class WorkbookIT {

    static final int YEAR = 2050;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    static final String WORKBOOK = PAGE + "/vragenlijst.xlsx";
    static final String UPLOAD = PAGE + "/werkmap";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Test
    void downloadedWorkbookHoldsTheDraftWithDefinitionsAndKeys() throws IOException {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", Pages.validWmo());

        HttpResponse<byte[]> download = browser.getBytes(WORKBOOK);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("vragenlijst-wmo-2050.xlsx");
        WorkbookFiles workbook = WorkbookFiles.read(download.body());
        assertThat(workbook.sheetNames())
                .containsExactly(
                        "Informatie", "Formatie en kosten", "Werklastindicatoren", "Financiën", "Basis en correcties");
        assertThat(workbook.value("A.TOEGANG.loonkosten")).isEqualTo(new BigDecimal("487500"));
        assertThat(workbook.value("A.TOEGANG.fte")).isEqualTo(new BigDecimal("6.5"));
        assertThat(workbook.value("B.BEZWAAR")).isNull();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
            Row beschikkingen = read.findSheet("Werklastindicatoren").orElseThrow().read().stream()
                    .filter(r -> "B.BESCHIKKINGEN".equals(r.getCellText(5)))
                    .findFirst()
                    .orElseThrow();
            assertThat(beschikkingen.getCellText(0)).isEqualTo("Beschikkingen");
            assertThat(beschikkingen.getCellText(4)).isNotBlank();
            Row module = read.findSheet("Informatie").orElseThrow().read().stream()
                    .filter(r -> r.getRowNum() == 5)
                    .findFirst()
                    .orElseThrow();
            assertThat(module.getCellText(1)).isEqualTo("WMO");
        }
    }

    @Test
    void uploadingTheDownloadedWorkbookUnchangedLeavesTheDraftAsItWas() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", Pages.validWmo());
        Map<String, String> before = Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO");
        int changesBefore = fieldChanges(subject);

        HttpResponse<String> uploaded =
                upload(browser, "vragenlijst.xlsx", browser.getBytes(WORKBOOK).body());

        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).contains("De werkmap is overgenomen: 0 veld(en) gewijzigd.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo(before);
        assertThat(fieldChanges(subject)).isEqualTo(changesBefore);
    }

    @Test
    void takesOverTheFiguresOfAFilledWorkbookWithAnAuditLinePerField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = uploadChanged(
                browser,
                "ingevuld.xlsx",
                workbook -> workbook.set("A.KCC.fte", 2)
                        .set("A.KCC.loonkosten", 150000)
                        .set("B.BESCHIKKINGEN", "1.200")
                        .set("B.CLIENTEN", 950));

        assertThat(uploaded.body()).contains("De werkmap is overgenomen: 4 veld(en) gewijzigd.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "A.KCC.fte", "2",
                        "A.KCC.loonkosten", "150000",
                        "B.BESCHIKKINGEN", "1.200",
                        "B.CLIENTEN", "950"));
        assertThat(fieldChanges(subject)).isEqualTo(4);
        assertThat(auditActions(subject, WorkbookUploads.AUDIT_ACTION)).isEqualTo(1);
    }

    @Test
    void aWorkbookTakesNietBekendAndNvtInPartAAndAWholeGroupOnItsOwnRow() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        String group = "A."
                + Catalogs.questionnaire("WMO", YEAR).catalog().groups().get(1).code() + ".groep";

        HttpResponse<String> uploaded = uploadChanged(
                browser,
                "onbekend.xlsx",
                workbook -> workbook.set("A.KCC.fte", 2)
                        .set("A.KCC.loonkosten", "niet bekend")
                        .set(group, "n.v.t.")
                        .set("B.BESCHIKKINGEN", 1200)
                        .set("B.CLIENTEN", 950));

        assertThat(uploaded.body()).contains("De werkmap is overgenomen: 5 veld(en) gewijzigd.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO"))
                .containsEntry("A.KCC.loonkosten", "niet bekend")
                .containsEntry(group, "n.v.t.");
        WorkbookFiles again = downloaded(browser);
        assertThat(again.value("A.KCC.loonkosten")).isEqualTo("niet bekend");
        assertThat(again.value(group)).isEqualTo("n.v.t.");
    }

    @Test
    void aWorkbookDownloadedInEnglishUploadsInDutch() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?lang=en");
        WorkbookFiles english = downloaded(browser);
        browser.get(PAGE + "?lang=nl");

        HttpResponse<String> uploaded =
                upload(browser, "engels.xlsx", english.set("A.KCC.fte", 2).bytes());

        assertThat(english.sheetNames()).contains("Formatie en kosten");
        assertThat(uploaded.body()).contains("De werkmap is overgenomen: 1 veld(en) gewijzigd.");
    }

    @Test
    void rejectsWorkbookOfAnotherModule() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        byte[] jeugd = browser.getBytes("/aanleveren/" + YEAR + "/jeugd/vragenlijst.xlsx")
                .body();

        HttpResponse<String> uploaded = upload(browser, "jeugd.xlsx", jeugd);

        assertRefusedWith(
                uploaded, subject, "Informatie!B5: deze werkmap is van module JEUGD, maar u uploadt bij module Wmo");
    }

    @Test
    void rejectsWorkbookOfAnotherYear() {
        Subject subject = testData.newOrganisation(YEAR);
        catalog.openYearWithStandardCatalog(YEAR + 1);
        enrolments.enrol(subject.organisationId(), YEAR + 1, "WMO");
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        byte[] nextYear = browser.getBytes("/aanleveren/" + (YEAR + 1) + "/wmo/vragenlijst.xlsx")
                .body();

        HttpResponse<String> uploaded = upload(browser, "volgend-jaar.xlsx", nextYear);

        assertRefusedWith(
                uploaded,
                subject,
                "Informatie!B6: deze werkmap is van peiljaar 2051, maar u uploadt bij peiljaar 2050");
    }

    @Test
    void rejectsWorkbookWithARenamedSheet() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = uploadChanged(
                browser,
                "hernoemd.xlsx",
                workbook -> workbook.set("A.KCC.fte", 2).renameSheet("Werklastindicatoren", "Indicatoren"));

        assertRefusedWith(uploaded, subject, "Het blad &#39;Werklastindicatoren&#39; ontbreekt of is hernoemd.");
        assertThat(uploaded.body()).contains("Het blad &#39;Indicatoren&#39; hoort niet bij deze vragenlijst.");
    }

    @Test
    void rejectsWorkbookWithADeletedSheet() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = uploadChanged(
                browser,
                "zonder-financien.xlsx",
                workbook -> workbook.set("A.KCC.fte", 2).removeSheet("Financiën"));

        assertRefusedWith(uploaded, subject, "Het blad &#39;Financiën&#39; ontbreekt of is hernoemd.");
    }

    @Test
    void rejectsWorkbookWithADeletedRow() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = uploadChanged(
                browser,
                "rij-weg.xlsx",
                workbook -> workbook.set("A.KCC.fte", 2).removeRowOf("B.CLIENTEN"));

        assertRefusedWith(uploaded, subject, "Werklastindicatoren: de rij voor Cliënten ontbreekt.");
    }

    @Test
    void rejectsFormulaInANumberCell() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        WorkbookFiles workbook = downloaded(browser);
        String place = workbook.place("A.KCC.loonkosten");
        byte[] withFormula = workbook.set("A.KCC.fte", 2)
                .formula("A.KCC.loonkosten", "100000+50000")
                .bytes();

        HttpResponse<String> uploaded = upload(browser, "formule.xlsx", withFormula);

        assertRefusedWith(
                uploaded,
                subject,
                place
                        + " (Klantcontactcentrum (KCC) – Loonkosten): hier staat een formule. Typ de uitkomst als getal.");
    }

    @Test
    void rejectsDateInANumberCell() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        WorkbookFiles workbook = downloaded(browser);
        String place = workbook.place("B.CLIENTEN");
        byte[] withDate = workbook.set("A.KCC.fte", 2)
                .date("B.CLIENTEN", LocalDate.of(2050, 3, 1))
                .bytes();

        HttpResponse<String> uploaded = upload(browser, "datum.xlsx", withDate);

        assertRefusedWith(uploaded, subject, place + " (Cliënten): hier staat een datum. Vul een getal in.");
    }

    @Test
    void rejectsTextInANumberCell() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        WorkbookFiles workbook = downloaded(browser);
        String place = workbook.place("A.KCC.fte");
        byte[] withText = workbook.set("A.KCC.loonkosten", 150000)
                .set("A.KCC.fte", "twee")
                .bytes();

        HttpResponse<String> uploaded = upload(browser, "tekst.xlsx", withText);

        assertRefusedWith(
                uploaded,
                subject,
                place + " (Klantcontactcentrum (KCC) – Formatie (fte)): &#39;twee&#39; is geen getal.");
    }

    @Test
    void rejectsAWorkbookWhoseFiguresHaveAnErrorAndNamesTheCell() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        WorkbookFiles workbook = downloaded(browser);
        String place = workbook.place("A.KCC.fteDerden");
        byte[] tooManyForOthers = workbook.set("A.KCC.fte", 2)
                .set("A.KCC.loonkosten", 150000)
                .set("A.KCC.fteDerden", 3)
                .bytes();

        HttpResponse<String> uploaded = upload(browser, "derden.xlsx", tooManyForOthers);

        assertRefusedWith(
                uploaded, subject, place + ": Klantcontactcentrum (KCC) – Fte voor derden: de fte voor derden (3)");
    }

    @Test
    void rejectsAFileThatIsNotAWorkbook() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded =
                upload(browser, "cijfers.xlsx", "fte;loonkosten\n2;150000\n".getBytes(StandardCharsets.UTF_8));

        assertRefusedWith(uploaded, subject, "Dit bestand is geen Excel-werkmap (.xlsx).");
    }

    @Test
    void rejectsAZipThatIsNoWorkbook() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00};

        HttpResponse<String> uploaded = upload(browser, "kapot.xlsx", zip);

        assertRefusedWith(uploaded, subject, "De werkmap kan niet worden gelezen");
    }

    @Test
    void refusesAFileUnderEightBytesAtTheFieldAndKeepsNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = upload(browser, "klein.xlsx", new byte[] {0x50, 0x4B, 0x03});

        assertRefusedAtTheField(
                uploaded, subject, "Dit bestand is te klein om een Excel-werkmap (.xlsx) te zijn. Er is niets bewaard");
    }

    @Test
    void refusesAFileNameWithANulByteAtTheFieldAndKeepsNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = upload(
                browser,
                "werk\u0000map.xlsx",
                downloaded(browser).set("A.KCC.fte", 2).bytes());

        assertRefusedAtTheField(
                uploaded, subject, "De bestandsnaam bevat een teken dat niet in een bestandsnaam hoort");
        assertThat(uploaded.body()).doesNotContain("\u0000");
    }

    @Test
    void refusesAFileNameWithOtherControlCharactersAtTheFieldAndKeepsNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        for (String name : java.util.List.of(
                "werk\u0007map.xlsx", "werk\u001bmap.xlsx", "werk\u007fmap.xlsx", "werk\u202emap.xlsx")) {
            HttpResponse<String> uploaded = upload(
                    browser, name, downloaded(browser).set("A.KCC.fte", 2).bytes());

            assertRefusedAtTheField(
                    uploaded, subject, "De bestandsnaam bevat een teken dat niet in een bestandsnaam hoort");
        }
    }

    @Test
    void keepsOnlyTheLastPartOfAFileNameWithFolders() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = upload(
                browser,
                "..\\..\\map/sub/cijfers.xlsx",
                downloaded(browser).set("A.KCC.fte", "twee").bytes());

        assertThat(uploaded.body()).contains("Laatst geüploade bestand: cijfers.xlsx");
        assertThat(jdbc.sql("SELECT file_name FROM submission_upload WHERE organisation_id = :org")
                        .param("org", subject.organisationId())
                        .query(String.class)
                        .single())
                .isEqualTo("cijfers.xlsx");
    }

    @Test
    void refusesAFiftyMegabyteUploadWithADutchMessage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = upload(browser, "groot.xlsx", new byte[50 * 1024 * 1024]);

        assertThat(uploaded.statusCode()).isEqualTo(413);
        assertThat(uploaded.body()).contains("te groot (maximaal 2 MB)").doesNotContain("Exception");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("NIET_GESTART");
    }

    @Test
    void refusesAChunkedTwentyMegabyteUploadWithADutchMessageAndKeepsNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        String lock = Pages.lockVersion(browser.get(PAGE).body());

        HttpResponse<String> uploaded = browser.postFileChunked(
                UPLOAD,
                Map.of("lockVersion", lock),
                "werkmap",
                "groot.xlsx",
                () -> GeneratedBytes.of(20L * 1024 * 1024));

        assertThat(uploaded.statusCode()).isEqualTo(413);
        assertThat(uploaded.body()).contains("te groot (maximaal 2 MB)").doesNotContain("Exception");
        assertThat(Pages.uploadCount(jdbc, subject.organisationId())).isZero();
        assertThat(auditActions(subject, WorkbookUploads.AUDIT_ACTION)).isZero();
    }

    @Test
    void takesOverAWorkbookSentChunkedWithinTheLimit() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        byte[] filled = downloaded(browser).set("A.KCC.fte", 2).bytes();
        String lock = Pages.lockVersion(browser.get(PAGE).body());

        HttpResponse<String> uploaded = browser.postFileChunked(
                UPLOAD,
                Map.of("lockVersion", lock),
                "werkmap",
                "ingevuld.xlsx",
                () -> new ByteArrayInputStream(filled));

        assertThat(uploaded.body()).contains("De werkmap is overgenomen: 1 veld(en) gewijzigd.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "2");
    }

    @Test
    void keepsARefusedWorkbookForTheParticipantToDownload() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        byte[] withText = downloaded(browser).set("A.KCC.fte", "twee").bytes();
        HttpResponse<String> uploaded = upload(browser, "mijn-cijfers.xlsx", withText);

        HttpResponse<byte[]> kept = browser.getBytes(PAGE + "/werkmap/laatste.xlsx");

        assertThat(uploaded.body())
                .contains("Laatst geüploade bestand: mijn-cijfers.xlsx")
                .contains("niets overgenomen");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).isEqualTo(withText);
        assertThat(auditActions(subject, WorkbookUploads.AUDIT_ACTION)).isEqualTo(1);
    }

    @Test
    void refusesAnUploadToASubmittedQuestionnaire() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", Pages.validWmo());
        Pages.submit(browser, PAGE, Map.of());

        HttpResponse<String> uploaded =
                uploadChanged(browser, "na-indienen.xlsx", workbook -> workbook.set("A.KCC.fte", 3));

        assertThat(uploaded.body()).contains("kan nu niet worden gewijzigd. Er is niets overgenomen.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "2");
    }

    @Test
    void refusesAnUploadBasedOnAnOutdatedPage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Pages.save(browser, PAGE, "A", Pages.validWmo());
        byte[] workbook = downloaded(browser).set("A.KCC.fte", 3).bytes();

        HttpResponse<String> uploaded =
                browser.postFile(UPLOAD, Map.of("lockVersion", "0"), "werkmap", "oud.xlsx", workbook);

        assertThat(uploaded.body()).contains("Er is niets overgenomen; open de pagina opnieuw");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "2");
    }

    @Test
    void aLezerMayDownloadButNotUpload() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent lezer = Pages.open(port, subject.lezer(), PAGE);

        HttpResponse<byte[]> download = lezer.getBytes(WORKBOOK);
        HttpResponse<String> uploaded =
                lezer.postFile(UPLOAD, Map.of("lockVersion", "0"), "werkmap", "lezer.xlsx", download.body());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(uploaded.statusCode()).isEqualTo(403);
        assertThat(lezer.get(PAGE).body()).doesNotContain("werkmap-uploaden");
    }

    @Test
    void theBeheerderDownloadsAnOrganisationsWorkbookButDoesNotUpload() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(PAGE + "?organisatie=" + subject.organisationId());

        HttpResponse<byte[]> download = beheerder.getBytes(WORKBOOK + "?organisatie=" + subject.organisationId());
        HttpResponse<String> uploaded = beheerder.postFile(
                UPLOAD + "?organisatie=" + subject.organisationId(),
                Map.of("lockVersion", "0"),
                "werkmap",
                "beheerder.xlsx",
                download.body());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(WorkbookFiles.read(download.body()).sheetNames()).contains("Informatie");
        assertThat(uploaded.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> upload(UserAgent browser, String fileName, byte[] content) {
        String lock = Pages.lockVersion(browser.get(PAGE).body());
        return browser.postFile(UPLOAD, Map.of("lockVersion", lock), "werkmap", fileName, content);
    }

    private void assertRefusedWith(HttpResponse<String> uploaded, Subject subject, String message) {
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body())
                .contains("De werkmap is niet overgenomen; er is niets gewijzigd.")
                .contains(message)
                .doesNotContain("Exception");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    /** Refused before reading: the message at the file field, nothing kept, nothing changed. */
    private void assertRefusedAtTheField(HttpResponse<String> uploaded, Subject subject, String message) {
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body())
                .containsPattern("<span[^>]*id=\"werkmap-fout\"[^>]*>" + java.util.regex.Pattern.quote(message))
                .contains("aria-invalid=\"true\"")
                .doesNotContain("Exception");
        assertThat(Pages.uploadCount(jdbc, subject.organisationId())).isZero();
        assertThat(auditActions(subject, WorkbookUploads.AUDIT_ACTION)).isZero();
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    private int fieldChanges(Subject subject) {
        return auditActions(subject, "WIJZIGING");
    }

    private int auditActions(Subject subject, String action) {
        return Pages.auditActions(jdbc, subject.organisationId(), action);
    }

    private static WorkbookFiles downloaded(UserAgent browser) {
        return WorkbookFiles.read(browser.getBytes(WORKBOOK).body());
    }

    /** Uploads the downloaded workbook after the given change. */
    private HttpResponse<String> uploadChanged(
            UserAgent browser, String fileName, UnaryOperator<WorkbookFiles> change) {
        return upload(browser, fileName, change.apply(downloaded(browser)).bytes());
    }
}
