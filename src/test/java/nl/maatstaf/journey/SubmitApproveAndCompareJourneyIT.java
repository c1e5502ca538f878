package nl.maatstaf.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.AccessibilityCheck;
import nl.maatstaf.testsupport.HeadlessChromium;
import nl.maatstaf.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The main journey in a real browser: the demo deelnemer fills in Participatie for a new peiljaar
 * (the worked example of the specification), makes one error, fixes it and submits; the beheerder
 * approves; the deelnemer sees the expected cost per uitkering against six reference organisations.
 */
@IntegrationTest
class SubmitApproveAndCompareJourneyIT {

    private static final int YEAR = 2031;
    private static final String MODULE = "PARTICIPATIE";

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    @Autowired
    Enrolments enrolments;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    TransactionTemplate transaction;

    WebDriver browser;
    AccessibilityCheck accessibility;

    @BeforeEach
    void openYearWithReferenceOrganisations() {
        browser = HeadlessChromium.start();
        accessibility = new AccessibilityCheck(browser);
        transaction.executeWithoutResult(status -> {
            catalog.openYearWithStandardCatalog(YEAR);
            Organisation mer = organisations.findByName("Servicecentrum MER").orElseThrow();
            enrolments.enrol(mer.id(), YEAR, MODULE);
            List<Organisation> others = organisations.all().stream()
                    .filter(o -> o.id() != mer.id())
                    .limit(6)
                    .toList();
            for (int i = 0; i < others.size(); i++) {
                enrolments.enrol(others.get(i).id(), YEAR, MODULE);
                approved.storeApproved(others.get(i).id(), YEAR, MODULE, referenceFigures(i), "test");
            }
            publisher.publish(YEAR, MODULE, "test", null);
        });
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void participantSubmitsBeheerderApprovesAndParticipantSeesItsCostPerUnit() {
        logIn("deelnemer");
        open("/aanleveren/" + YEAR + "/participatie?deel=A");
        fillWorkedExample();
        type("A.KM_WERK.fteDerden", "6");
        save();
        assertThat(fieldMessage("A.KM_WERK.fteDerden")).contains("fte voor derden");
        screenshot("1-draft-with-error");

        type("A.KM_WERK.fteDerden", "0,5");
        save();
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();

        open("/aanleveren/" + YEAR + "/participatie?deel=B");
        type("B.BIJSTANDSUITKERINGEN", "500");
        save();

        open("/aanleveren/" + YEAR + "/participatie?deel=afsluiting");
        browser.findElement(By.id("contactName")).sendKeys("Controller MER");
        browser.findElement(By.id("contactEmail")).sendKeys("controller@mer.example");
        browser.findElements(By.cssSelector("textarea[name^='uitleg:']"))
                .forEach(t -> t.sendKeys("Bewuste keuze voor het peiljaar."));
        browser.findElement(By.name("bevestiging")).click();
        screenshot("2-afsluiting");
        browser.findElement(By.xpath("//button[normalize-space()='Indienen']")).click();
        waitForText("Ingediend");

        logOut();
        logIn("beheerder");
        open("/beheer/status?jaar=" + YEAR);
        browser.findElement(
                        By.xpath("//tr[contains(., 'Servicecentrum MER')]//a[contains(@href, '/beheer/inzendingen/')]"))
                .click();
        waitForText("Goedkeuren");
        screenshot("3-review");
        browser.findElement(By.xpath("//button[normalize-space()='Goedkeuren']"))
                .click();
        waitForText("Goedgekeurd");

        logOut();
        logIn("deelnemer");
        open("/resultaten/" + YEAR + "/participatie");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("€ 2.350");
        screenshot("4-results-overview");
        open("/resultaten/" + YEAR + "/participatie?tab=kosten");
        screenshot("5-results-costs");
        open("/resultaten/2025/participatie?tab=indicatoren");
        screenshot("6-results-indicators");
    }

    /** Kept in target/e2e-screenshots for whoever needs to see what the journey saw. */
    private void screenshot(String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "e2e-screenshots");
            java.nio.file.Files.createDirectories(folder);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(folder.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Spec §5: N = 500 and these tasks give € 2.350 per uitkering in total. */
    private void fillWorkedExample() {
        task("KM_INKOMEN", "4,0", "300.000", "20.000", "0", "0");
        task("UITKERINGSADMINISTRATIE", "2", "130.000", "0", "0", "0");
        task("KM_WERK", "5,0", "€ 390.000", "0", "0", "35.000");
        task("HANDHAVING", "1", "75.000", "0", "0", "0");
        task("BELEID", "1", "95.000", "0", "0", "0");
        task("MANAGEMENT", "1", "110.000", "0", "0", "0");
        task("BEDRIJFSVOERING", "0,5", "40.000", "0", "0", "0");
        type(FieldKeys.outsourcing("UITVOERING"), "50.000");
    }

    private void task(String code, String fte, String wages, String hire, String fteForOthers, String revenue) {
        type(FieldKeys.task(code, TaskField.FTE), fte);
        type(FieldKeys.task(code, TaskField.LOONKOSTEN), wages);
        type(FieldKeys.task(code, TaskField.INHUURKOSTEN), hire);
        type(FieldKeys.task(code, TaskField.FTE_DERDEN), fteForOthers);
        type(FieldKeys.task(code, TaskField.OPBRENGSTEN_DERDEN), revenue);
    }

    /** Reference organisations with total cost per uitkering between € 1.900 and € 2.900. */
    private static Map<String, BigDecimal> referenceFigures(int i) {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put(FieldKeys.indicator("BIJSTANDSUITKERINGEN"), BigDecimal.valueOf(1000));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.FTE), BigDecimal.valueOf(22));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN), BigDecimal.valueOf(1_900_000 + 200_000L * i));
        return values;
    }

    private void logIn(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        accessibility.check();
    }

    private void logOut() {
        browser.findElement(By.cssSelector(".user-box button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        accessibility.check();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        accessibility.check();
    }

    private void type(String fieldKey, String text) {
        WebElement field = browser.findElement(By.id("veld-" + fieldKey));
        field.clear();
        field.sendKeys(text);
    }

    private void save() {
        WebElement button = browser.findElement(By.xpath("//main//button[normalize-space()='Opslaan']"));
        button.click();
        // The old page must be gone first: until then its readyState is already "complete".
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
        accessibility.check();
    }

    private String fieldMessage(String fieldKey) {
        WebElement field = browser.findElement(By.id("veld-" + fieldKey));
        return field.findElement(By.xpath("./ancestor::td[1]")).getText();
    }

    private void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
        accessibility.check();
    }
}
