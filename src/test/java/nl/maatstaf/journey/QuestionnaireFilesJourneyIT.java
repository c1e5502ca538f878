package nl.maatstaf.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.maatstaf.testsupport.AccessibilityCheck;
import nl.maatstaf.testsupport.HeadlessChromium;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The files around a questionnaire in a real browser: a deelnemer downloads the Excel workbook,
 * uploads a filled copy with one bad cell, sees that cell named and nothing saved, downloads the
 * kept copy, uploads the corrected workbook and finds the figures in the questionnaire; after
 * submission and approval it downloads the PDF report, which holds its own figures marked as
 * preliminary (the peiljaar is not published).
 */
@IntegrationTest
class QuestionnaireFilesJourneyIT {

    private static final int YEAR = 2058;
    private static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    AccessibilityCheck accessibility;
    Path downloads;

    @BeforeEach
    void startBrowserThatSavesDownloads() throws IOException {
        browser = HeadlessChromium.start();
        accessibility = new AccessibilityCheck(browser);
        downloads = Files.createTempDirectory("maatstaf-downloads");
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void participantCorrectsAnUploadedWorkbookSubmitsAndDownloadsItsReport() throws IOException {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer());
        open(PAGE);
        browser.findElement(By.cssSelector("details.workbook summary")).click();
        browser.findElement(By.id("werkmap-downloaden")).click();
        byte[] downloaded = awaitDownload("vragenlijst-wmo-" + YEAR + ".xlsx");

        WorkbookFiles filled = WorkbookFiles.read(downloaded)
                .set("A.KCC.fte", "twee")
                .set("A.KCC.loonkosten", 150000)
                .set("A.TOEGANG.fte", 6.5)
                .set("A.TOEGANG.loonkosten", 487500)
                .set("B.BESCHIKKINGEN", 1200)
                .set("B.CLIENTEN", 950);
        String badCell = filled.place("A.KCC.fte");
        Path withError = downloads.resolve("upload").resolve("ingevuld.xlsx");
        Files.createDirectories(withError.getParent());
        Files.write(withError, filled.bytes());
        upload(withError);

        String refused = main();
        assertThat(refused)
                .contains("De werkmap is niet overgenomen; er is niets gewijzigd.")
                .contains(badCell + " (Klantcontactcentrum (KCC) – Formatie (fte)): 'twee' is geen getal.");
        assertThat(storedValues(subject)).isZero();
        screenshot("files-1-workbook-refused");

        browser.findElement(By.id("laatste-werkmap")).click();
        assertThat(awaitDownload("ingevuld.xlsx")).isEqualTo(Files.readAllBytes(withError));

        Path corrected = downloads.resolve("upload").resolve("verbeterd.xlsx");
        Files.write(corrected, filled.set("A.KCC.fte", 2).bytes());
        upload(corrected);

        assertThat(main()).contains("De werkmap is overgenomen: 6 veld(en) gewijzigd.");
        screenshot("files-2-workbook-taken-over");
        open(PAGE + "?deel=A");
        assertThat(fieldValue("A.KCC.fte")).isEqualTo("2");
        assertThat(fieldValue("A.TOEGANG.fte")).isEqualTo("6,5");
        assertThat(fieldValue("A.TOEGANG.loonkosten")).isEqualTo("487500");
        open(PAGE + "?deel=B");
        assertThat(fieldValue("B.BESCHIKKINGEN")).isEqualTo("1200");

        submit();
        logOut();
        logIn("beheerder", "demo");
        approve(subject.name());
        logOut();
        logIn(subject.deelnemer());
        open("/resultaten/" + YEAR + "/wmo");
        // (150.000 + 487.500) / 1.200 beschikkingen = € 531,25
        assertThat(main()).contains("€ 531");
        browser.findElement(By.cssSelector("a[href*='rapport.pdf']")).click();
        String report =
                pdfText(awaitDownload("maatstaf-wmo-" + YEAR + "-" + subject.organisationId() + "-voorlopig.pdf"));
        assertThat(report).contains(subject.name()).contains("€ 531").containsIgnoringCase("voorlopig");
    }

    private void submit() {
        open(PAGE + "?deel=afsluiting");
        browser.findElement(By.id("contactName")).sendKeys("Teamleider Wmo");
        browser.findElement(By.id("contactEmail")).sendKeys("wmo@gemeente.example");
        browser.findElements(By.cssSelector("textarea[name^='uitleg:']"))
                .forEach(t -> t.sendKeys("Bewuste keuze voor het peiljaar."));
        browser.findElement(By.name("bevestiging")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Indienen']")).click();
        waitForText("Ingediend");
    }

    private void approve(String organisationName) {
        open("/beheer/status?jaar=" + YEAR);
        browser.findElement(By.xpath("//tr[contains(., '" + organisationName + "')]"
                        + "//a[contains(@href, '/beheer/inzendingen/')]"))
                .click();
        browser.findElement(By.xpath("//button[normalize-space()='Goedkeuren']"))
                .click();
        waitForText("Goedgekeurd");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
        accessibility.check();
    }

    private void logOut() {
        browser.findElement(By.cssSelector(".user-box button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        accessibility.check();
    }

    private void upload(Path file) {
        if (browser.findElement(By.cssSelector("details.workbook")).getDomAttribute("open") == null) {
            browser.findElement(By.cssSelector("details.workbook summary")).click();
        }
        browser.findElement(By.id("werkmap")).sendKeys(file.toAbsolutePath().toString());
        WebElement button = browser.findElement(By.id("werkmap-uploaden"));
        button.click();
        // The page before the upload may show a message too: wait until it has been replaced.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("werkmap-melding")));
        accessibility.check();
    }

    /** Waits until the browser has written the whole file. */
    private byte[] awaitDownload(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        try {
            byte[] content = Files.readAllBytes(file);
            Files.delete(file);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int storedValues(Subject subject) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM submission_value v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year
                        """)
                .param("org", subject.organisationId())
                .param("year", YEAR)
                .query(Integer.class)
                .single();
    }

    private void logIn(String username) {
        logIn(username, TestData.PASSWORD);
    }

    private void logIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        accessibility.check();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        accessibility.check();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private String fieldValue(String fieldKey) {
        return browser.findElement(By.id("veld-" + fieldKey)).getDomProperty("value");
    }

    /** Kept in target/e2e-screenshots for whoever needs to see what the journey saw. */
    private void screenshot(String name) {
        try {
            Path folder = Path.of("target", "e2e-screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
