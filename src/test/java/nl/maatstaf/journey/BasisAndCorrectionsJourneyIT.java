package nl.maatstaf.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.maatstaf.testsupport.HeadlessChromium;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The basis with its peildatum and a correction line on hired staff, in a real browser with its
 * script: the background save and the tab switch keep them like any other field.
 */
@IntegrationTest
class BasisAndCorrectionsJourneyIT {

    private static final int YEAR = 2325;
    private static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theBackgroundSaveKeepsTheBasisAndPeildatum() {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer());
        open(PAGE + "?deel=afsluiting");

        new Select(browser.findElement(By.id("veld-basis"))).selectByValue("FORMATIE");
        type("peildatum", "1-1-2325");
        awaitStatus("Concept opgeslagen om ");

        assertThat(jdbc.sql("SELECT basis || ' ' || peildatum_raw FROM submission WHERE organisation_id = :org")
                        .param("org", subject.organisationId())
                        .query(String.class)
                        .single())
                .isEqualTo("FORMATIE 1-1-2325");
    }

    @Test
    void aCorrectionLineTypedOnPartAIsStillThereAfterGoingToPartBAndBack() {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer());
        open(PAGE + "?deel=A");

        type("A.KCC.inhuurkosten", "20.000");
        browser.findElement(By.cssSelector("#correcties-KCC summary")).click();
        new Select(browser.findElement(By.id("veld-correctie.KCC.1.soort"))).selectByValue("INCIDENTEEL");
        type("correctie.KCC.1.bedrag", "5.000");
        type("correctie.KCC.1.reden", "Eenmalig project");
        clickTab("B");
        clickTab("A");

        assertThat(browser.findElement(By.id("veld-correctie.KCC.1.reden")).getDomProperty("value"))
                .isEqualTo("Eenmalig project");
        assertThat(jdbc.sql("""
                                SELECT c.amount_raw FROM submission_correction c JOIN submission s ON s.id = c.submission_id
                                WHERE s.organisation_id = :org AND c.task_code = 'KCC'
                                """)
                        .param("org", subject.organisationId())
                        .query(String.class)
                        .single())
                .isEqualTo("5.000");
    }

    private void clickTab(String tab) {
        WebElement button = browser.findElement(By.cssSelector("nav.tabs button[name='naar'][value='" + tab + "']"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void awaitStatus(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("concept-status"), text));
    }

    private void type(String fieldKey, String text) {
        WebElement field = browser.findElement(By.id("veld-" + fieldKey));
        field.clear();
        field.sendKeys(text);
    }

    private void logIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
