package nl.maatstaf.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maatstaf.account.TotpCodes;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.AccessibilityCheck;
import nl.maatstaf.testsupport.EmptyInstallTest;
import nl.maatstaf.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A benchmark office runs its first edition in a real browser on a fresh production install: the
 * first beheerder sets up two-factor login, opens the peiljaar, registers a municipality and a
 * cooperation, creates their first users and enrols them; each user activates its account with the
 * link it was handed, fills in Participatie and submits; the beheerder approves both and
 * publishes; a participant then reads its results. The beheerder keeps its own browser throughout,
 * as a person at another desk would.
 */
@EmptyInstallTest
@TestPropertySource(properties = "maatstaf.test.empty-install.name=empty_browser")
class EmptyInstallJourneyIT {

    private static final int YEAR = 2026;
    private static final String PASSWORD = "Drie-Taken-Twee-Gemeenten-2026";

    @LocalServerPort
    int port;

    WebDriver office;
    WebDriver participant;
    private final Map<WebDriver, AccessibilityCheck> accessibility = new HashMap<>();

    @AfterEach
    void closeBrowsers() {
        for (WebDriver browser : new WebDriver[] {office, participant}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aBenchmarkOfficeRunsItsFirstEditionInTheBrowser() {
        office = HeadlessChromium.start();
        participant = HeadlessChromium.start();
        Map<String, Long> phaseMillis = new LinkedHashMap<>();
        long start = System.nanoTime();

        logIn(office, EmptyInstallTest.ADMIN, EmptyInstallTest.ADMIN_PASSWORD);
        // A beheerder without two-factor login is sent to set it up before anything else.
        assertThat(office.getCurrentUrl()).contains("/account/tweestapsverificatie");
        String secret =
                office.findElement(By.cssSelector(".totp-secret")).getText().replace(" ", "");
        office.findElement(By.id("code-on")).sendKeys(TotpCodes.code(secret, 0));
        submit(office, By.xpath("//button[@type='submit' and contains(@class, 'primary')]"));

        open(office, "/");
        assertThat(main(office)).contains("Er is nog geen peiljaar geopend");
        open(office, "/beheer/peiljaren");
        office.findElement(By.id("year")).sendKeys(String.valueOf(YEAR));
        new Select(office.findElement(By.id("catalogFrom"))).selectByValue("");
        submit(office, By.xpath("//form[@action='/beheer/peiljaren']//button"));
        assertThat(main(office)).contains(String.valueOf(YEAR));
        phaseMillis.put("tweestapsverificatie en peiljaar", elapsed(start));

        open(office, "/beheer/organisaties");
        office.findElement(By.id("gemeente")).sendKeys("GM0363");
        submit(office, By.xpath("//form[contains(@action, '/beheer/organisaties/gemeente')]//button"));
        office.findElement(By.id("naam")).sendKeys("Werkorganisatie Noord");
        office.findElement(By.id("leden")).sendKeys("GM0361\nGM0398\nGM0416");
        submit(office, By.xpath("//form[contains(@action, '/beheer/organisaties/samenwerking')]//button"));
        assertThat(main(office)).contains("Amsterdam").contains("Werkorganisatie Noord");

        String amsterdamLink = createFirstUser("controller-amsterdam", "Amsterdam");
        String noordLink = createFirstUser("controller-noord", "Werkorganisatie Noord");

        String cooperationCode = organisationCode("Werkorganisatie Noord");
        open(office, "/beheer/inschrijvingen/" + YEAR);
        WebElement listForm = office.findElement(By.xpath("//form[contains(@action, '/lijst')]"));
        listForm.findElement(By.id("codes")).sendKeys("GM0363\n" + cooperationCode);
        listForm.findElement(By.xpath(".//input[@name='modules' and @value='PARTICIPATIE']"))
                .click();
        submit(office, By.xpath("//form[contains(@action, '/lijst')]//button[@type='submit']"));
        assertThat(main(office)).doesNotContain("er is geen organisatie met code");
        phaseMillis.put("organisaties, eerste gebruikers en inschrijvingen", elapsed(start));

        activateAndSubmit(amsterdamLink, "controller-amsterdam", 4, 300_000, 2, 130_000, 500);
        activateAndSubmit(noordLink, "controller-noord", 6, 420_000, 3, 190_000, 800);
        phaseMillis.put("twee accounts geactiveerd, twee inzendingen", elapsed(start));

        for (String organisation : new String[] {"Amsterdam", "Werkorganisatie Noord"}) {
            open(office, "/beheer/status?jaar=" + YEAR);
            office.findElement(By.xpath(
                            "//tr[contains(., '" + organisation + "')]//a[contains(@href, '/beheer/inzendingen/')]"))
                    .click();
            submit(office, By.xpath("//button[normalize-space()='Goedkeuren']"));
            waitForText(office, "Goedgekeurd");
        }
        open(office, "/beheer/editie/" + YEAR + "/participatie");
        submit(office, By.xpath("//button[normalize-space()='Publiceren']"));
        assertThat(main(office)).doesNotContain("Nog niet gepubliceerd");
        phaseMillis.put("goedgekeurd en gepubliceerd", elapsed(start));

        logIn(participant, "controller-amsterdam", PASSWORD);
        open(participant, "/resultaten/" + YEAR + "/participatie");
        // 300.000 + 130.000 euros over 500 uitkeringen; with one other organisation no reference is shown.
        assertThat(main(participant)).contains("Amsterdam").contains("€ 860");
        phaseMillis.put("resultaten gelezen", elapsed(start));

        System.out.println("Edition from an empty install in the browser, milliseconds since start: " + phaseMillis);
    }

    private String createFirstUser(String username, String organisation) {
        open(office, "/beheer/gebruikers");
        office.findElement(By.id("username")).sendKeys(username);
        office.findElement(By.id("displayName")).sendKeys("Controller " + organisation);
        office.findElement(By.id("email")).sendKeys(username + "@example.nl");
        new Select(office.findElement(By.id("role"))).selectByValue("DEELNEMER");
        new Select(office.findElement(By.id("organisationId"))).selectByVisibleText(organisation);
        office.findElement(By.xpath("//input[@name='orgAdmin' and not(ancestor::table)]"))
                .click();
        submit(office, By.xpath("//button[normalize-space()='Gebruiker aanmaken']"));
        return office.findElement(By.cssSelector(".handout-link")).getText();
    }

    private void activateAndSubmit(
            String link, String username, int fte, int wages, int adminFte, int adminWages, int benefits) {
        participant.get(link);
        checkAccessibility(participant);
        participant.findElement(By.id("password")).sendKeys(PASSWORD);
        participant.findElement(By.id("repeatedPassword")).sendKeys(PASSWORD);
        submit(participant, By.cssSelector("main form button[type='submit']"));
        logIn(participant, username, PASSWORD);

        open(participant, "/aanleveren/" + YEAR + "/participatie?deel=A");
        type(FieldKeys.task("KM_INKOMEN", TaskField.FTE), String.valueOf(fte));
        type(FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN), String.valueOf(wages));
        type(FieldKeys.task("UITKERINGSADMINISTRATIE", TaskField.FTE), String.valueOf(adminFte));
        type(FieldKeys.task("UITKERINGSADMINISTRATIE", TaskField.LOONKOSTEN), String.valueOf(adminWages));
        submit(participant, By.xpath("//main//button[normalize-space()='Opslaan']"));
        open(participant, "/aanleveren/" + YEAR + "/participatie?deel=B");
        type(FieldKeys.indicator("BIJSTANDSUITKERINGEN"), String.valueOf(benefits));
        submit(participant, By.xpath("//main//button[normalize-space()='Opslaan']"));
        open(participant, "/aanleveren/" + YEAR + "/participatie?deel=afsluiting");
        participant.findElement(By.id("contactName")).sendKeys("Controller");
        participant.findElement(By.id("contactEmail")).sendKeys(username + "@example.nl");
        participant
                .findElements(By.cssSelector("textarea[name^='uitleg:']"))
                .forEach(t -> t.sendKeys("Eerste deelname aan de benchmark."));
        participant.findElement(By.name("bevestiging")).click();
        submit(participant, By.xpath("//button[normalize-space()='Indienen']"));
        waitForText(participant, "Ingediend");
        logOut(participant);
    }

    private String organisationCode(String name) {
        open(office, "/beheer/organisaties");
        return office.findElement(By.xpath("//tr[contains(., '" + name + "')]/td[1]"))
                .getText()
                .strip();
    }

    private void logIn(WebDriver browser, String username, String password) {
        open(browser, "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        checkAccessibility(browser);
    }

    private void logOut(WebDriver browser) {
        browser.findElement(By.cssSelector(".user-box button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        checkAccessibility(browser);
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
        checkAccessibility(browser);
    }

    private void type(String fieldKey, String text) {
        WebElement field = participant.findElement(By.id("veld-" + fieldKey));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a submit button and waits until the page it leads to has loaded. */
    private void submit(WebDriver browser, By button) {
        WebElement element = browser.findElement(button);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> isGone(element));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        checkAccessibility(browser);
    }

    /**
     * Whether the page the element was on has been replaced. While the next page loads, Chromium may
     * answer "node does not belong to the document" instead of a stale reference: the same fact.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    private static String main(WebDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void waitForText(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
        checkAccessibility(browser);
    }

    /** Each browser checks the pages it arrives on, each page once (see AccessibilityCheck). */
    private void checkAccessibility(WebDriver browser) {
        accessibility.computeIfAbsent(browser, AccessibilityCheck::new).check();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
