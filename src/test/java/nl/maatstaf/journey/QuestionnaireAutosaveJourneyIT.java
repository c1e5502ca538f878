package nl.maatstaf.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatstaf.testsupport.AccessibilityCheck;
import nl.maatstaf.testsupport.HeadlessChromium;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing typed in the questionnaire is lost, in a real browser with its script: a value typed
 * in part A is still there after going to part B and back; the page saves in the background
 * (the tests run with a background save every 2 seconds) and says so; and when someone else
 * saved in between, the background save overwrites nothing, says so, and keeps what was typed,
 * after which Opslaan shows the differences.
 */
@IntegrationTest
class QuestionnaireAutosaveJourneyIT {

    private static final int YEAR = 2132;
    private static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    private static final Pattern LOCK_VERSION = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    AccessibilityCheck accessibility;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
        accessibility = new AccessibilityCheck(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void valueTypedInPartAIsStillThereAfterGoingToPartBAndBack() {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer());
        open(PAGE + "?deel=A");

        type("A.KCC.fte", "2,5");
        clickTab("B");
        assertThat(browser.getCurrentUrl()).contains("deel=B");
        assertThat(browser.findElements(By.id("veld-B.BESCHIKKINGEN"))).hasSize(1);
        clickTab("A");

        assertThat(browser.getCurrentUrl()).contains("deel=A");
        assertThat(fieldValue("A.KCC.fte")).isEqualTo("2,5");
        assertThat(stored(subject, "A.KCC.fte")).isEqualTo("2,5");
        screenshot("autosave-1-back-on-part-a");
    }

    @Test
    void draftIsSavedInTheBackgroundAndThePageSaysWhen() {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer());
        open(PAGE + "?deel=B");

        type("B.BESCHIKKINGEN", "1.200");
        awaitStatus("Concept opgeslagen om ");

        assertThat(status()).matches("Concept opgeslagen om \\d\\d:\\d\\d\\.");
        assertThat(stored(subject, "B.BESCHIKKINGEN")).isEqualTo("1.200");
        assertThat(browser.findElement(By.id("concept-toestand")).getText()).isEqualTo("Concept");
        screenshot("autosave-2-saved-in-the-background");
    }

    @Test
    void backgroundSaveNeverOverwritesANewerSaveOfAnotherSession() {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer());
        open(PAGE + "?deel=A");
        type("A.TOEGANG.fte", "7");
        awaitStatus("Concept opgeslagen om ");

        UserAgent other = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        String lock = lockVersion(other.get(PAGE + "?deel=A").body());
        other.postForm(PAGE, Map.of("deel", "A", "lockVersion", lock, "A.TOEGANG.fte", "9"));
        type("A.TOEGANG.fte", "8");
        awaitStatus("Iemand anders heeft deze aanlevering intussen opgeslagen.");

        assertThat(stored(subject, "A.TOEGANG.fte")).isEqualTo("9");
        assertThat(fieldValue("A.TOEGANG.fte")).isEqualTo("8");
        screenshot("autosave-3-conflict-in-the-background");

        WebElement save = browser.findElement(By.xpath("//main//button[normalize-space()='Opslaan']"));
        save.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(save));
        accessibility.check();
        assertThat(main())
                .contains("Iemand anders heeft deze aanlevering opgeslagen nadat u haar opende.")
                .contains("Velden die intussen anders zijn opgeslagen");
        assertThat(browser.findElements(By.cssSelector("tr.conflict-line"))).hasSize(1);
        assertThat(fieldValue("A.TOEGANG.fte")).isEqualTo("8");
        assertThat(stored(subject, "A.TOEGANG.fte")).isEqualTo("9");
    }

    /**
     * The browser under WebDriver leaves without showing its question, so the journey asks the
     * page what it would tell the browser: hold on while input is unsaved, not once it is saved.
     */
    @Test
    void pageAsksTheBrowserToWarnBeforeLeavingOnlyWhileInputIsUnsaved() {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer());
        open(PAGE + "?deel=A");
        boolean warnsUntouched = wouldWarnOnLeaving();

        type("A.KCC.loonkosten", "150.000");
        boolean warnsTyped = wouldWarnOnLeaving();
        awaitStatus("Concept opgeslagen om ");
        boolean warnsSaved = wouldWarnOnLeaving();

        assertThat(warnsUntouched).isFalse();
        assertThat(warnsTyped).isTrue();
        assertThat(warnsSaved).isFalse();
    }

    private boolean wouldWarnOnLeaving() {
        return Boolean.TRUE.equals(
                browser.executeScript("var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                        + " return e.defaultPrevented;"));
    }

    @Test
    void enterInAFieldSavesOnThisTabRatherThanFollowingATab() {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer());
        open(PAGE + "?deel=B");

        WebElement field = browser.findElement(By.id("veld-B.CLIENTEN"));
        field.sendKeys("950" + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(field));
        accessibility.check();

        assertThat(main()).contains("Uw invoer is opgeslagen. Fouten en waarschuwingen staan bij de velden");
        assertThat(fieldValue("B.CLIENTEN")).isEqualTo("950");
        assertThat(stored(subject, "B.CLIENTEN")).isEqualTo("950");
    }

    private void clickTab(String tab) {
        WebElement button = browser.findElement(By.cssSelector("nav.tabs button[name='naar'][value='" + tab + "']"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        accessibility.check();
    }

    private void awaitStatus(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("concept-status"), text));
    }

    private String status() {
        return browser.findElement(By.id("concept-status")).getText();
    }

    private void type(String fieldKey, String text) {
        WebElement field = browser.findElement(By.id("veld-" + fieldKey));
        field.clear();
        field.sendKeys(text);
    }

    private String fieldValue(String fieldKey) {
        return browser.findElement(By.id("veld-" + fieldKey)).getDomProperty("value");
    }

    private String stored(Subject subject, String fieldKey) {
        return jdbc.sql("""
                        SELECT v.raw_value FROM submission_value v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year AND v.field_key = :key
                        """)
                .param("org", subject.organisationId())
                .param("year", YEAR)
                .param("key", fieldKey)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static String lockVersion(String html) {
        Matcher matcher = LOCK_VERSION.matcher(html);
        return matcher.find() ? matcher.group(1) : "0";
    }

    private void logIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
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
