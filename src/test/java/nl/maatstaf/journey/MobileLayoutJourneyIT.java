package nl.maatstaf.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.AccessibilityCheck;
import nl.maatstaf.testsupport.HeadlessChromium;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
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

/**
 * Maatstaf on a phone, in a real browser 375 CSS px wide: no page scrolls sideways (a wide table
 * scrolls inside its own box instead), the questionnaire's fields can be tapped and typed into, and
 * every page passes the accessibility check at that width too.
 */
@IntegrationTest
class MobileLayoutJourneyIT {

    private static final int YEAR = 2300;
    private static final int PUBLISHED_DEMO_YEAR = 2025;

    /**
     * Whether the page is no wider than the screen, and else which elements stick out beyond its
     * right edge without a scrolling box of their own around them (also text overflowing its box).
     */
    private static final String OVERFLOW = """
            var width = window.innerWidth;
            function scrollsItself(e) {
                for (var p = e.parentElement; p; p = p.parentElement) {
                    var x = getComputedStyle(p).overflowX;
                    if (x === 'auto' || x === 'scroll') { return true; }
                }
                return false;
            }
            var out = [];
            document.querySelectorAll('body *').forEach(function (e) {
                var r = e.getBoundingClientRect();
                var own = getComputedStyle(e).overflowX;
                var right = own === 'visible' ? Math.max(r.right, r.left + e.scrollWidth) : r.right;
                if (right > width + 0.5 && !scrollsItself(e) && out.length < 10) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className)
                            + ' reaches ' + Math.round(right) + ' px');
                }
            });
            return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width, sticking: out};
            """;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    ChromeDriver browser;
    AccessibilityCheck accessibility;

    @BeforeEach
    void startPhoneBrowser() {
        browser = HeadlessChromium.startPhone();
        accessibility = new AccessibilityCheck(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aParticipantTypesPartAOfTheQuestionnaireOnAPhoneAndItIsSaved() {
        Subject subject = testData.newOrganisation(YEAR);
        logIn(subject.deelnemer(), TestData.PASSWORD);
        visit("/aanleveren/" + YEAR + "/participatie?deel=A");
        WebElement table = browser.findElement(By.cssSelector("table.questionnaire-table"));
        assertThat(table.getCssValue("overflow-x")).isEqualTo("auto");
        assertThat((Long) browser.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", table))
                .as("the task table is wider than the phone and scrolls inside its own box")
                .isPositive();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(FieldKeys.task("KM_INKOMEN", TaskField.FTE), "4,5");
        typed.put(FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN), "310.000");
        typed.put(FieldKeys.task("KM_INKOMEN", TaskField.INHUURKOSTEN), "12.500");
        typed.put(FieldKeys.task("KM_INKOMEN", TaskField.FTE_DERDEN), "0,5");
        typed.put(FieldKeys.task("KM_INKOMEN", TaskField.OPBRENGSTEN_DERDEN), "20.000");
        // Back to the first column of another row: the field must not hide under the kept task name.
        typed.put(FieldKeys.task("UITKERINGSADMINISTRATIE", TaskField.FTE), "2");
        typed.put(FieldKeys.outsourcing("UITVOERING"), "50.000");

        typed.forEach(this::tapAndType);
        screenshot("phone-1-part-a-typed");
        WebElement save = browser.findElement(By.xpath("//main//button[normalize-space()='Opslaan']"));
        save.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(save));
        assertFitsTheScreen();
        accessibility.check();

        assertThat(main()).contains("Uw invoer is opgeslagen");
        browser.navigate().refresh();
        typed.forEach((key, value) -> assertThat(fieldValue(key)).as(key).isEqualTo(value));
    }

    @Test
    void theOtherPartsOfTheQuestionnaireFitAPhone() {
        Subject subject = testData.newOrganisation(YEAR + 1);
        logIn(subject.deelnemer(), TestData.PASSWORD);
        String page = "/aanleveren/" + (YEAR + 1) + "/wmo";
        visit(page + "?deel=B");
        tapAndType(FieldKeys.indicator("BESCHIKKINGEN"), "1.200");
        visit(page + "?deel=C");
        assertThat(browser.findElements(By.cssSelector("input[id^='veld-C.']"))).isNotEmpty();
        visit(page + "?deel=afsluiting");
        WebElement name = browser.findElement(By.id("contactName"));
        name.click();
        name.sendKeys("Teamleider Participatie");
        assertThat(name.getDomProperty("value")).isEqualTo("Teamleider Participatie");
        screenshot("phone-2-afsluiting");
    }

    @Test
    void noPageOfAParticipantScrollsSidewaysOnAPhone() {
        visit("/login");
        visit("/account/wachtwoord-vergeten");
        logIn("deelnemer", "demo");
        String results = "/resultaten/" + PUBLISHED_DEMO_YEAR + "/participatie";
        for (String path : List.of(
                "/",
                "/aanleveren/" + PUBLISHED_DEMO_YEAR + "/participatie?deel=A",
                "/aanleveren/" + PUBLISHED_DEMO_YEAR + "/participatie?deel=B",
                "/aanleveren/" + PUBLISHED_DEMO_YEAR + "/participatie?deel=afsluiting",
                results,
                results + "?tab=kosten",
                results + "?tab=formatie",
                results + "?tab=indicatoren",
                results + "?tab=trend",
                "/toelichting/" + PUBLISHED_DEMO_YEAR + "/participatie",
                "/account/wachtwoord",
                "/account/tweestapsverificatie",
                "/account/api-tokens",
                "/organisatie/gebruikers",
                "/organisatie/toestemming",
                "/organisatie/inschrijvingen")) {
            visit(path);
        }
        visit(results + "?tab=kosten");
        WebElement group = browser.findElement(By.cssSelector("button.group-toggle"));
        group.click();
        assertThat(group.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertFitsTheScreen();
        screenshot("phone-3-results-costs");
    }

    @Test
    void noPageOfTheBeheerderScrollsSidewaysOnAPhone() {
        logIn("beheerder", "demo");
        for (String path : List.of(
                "/",
                "/beheer/status?jaar=" + PUBLISHED_DEMO_YEAR,
                "/beheer/peiljaren",
                "/beheer/peiljaren/" + PUBLISHED_DEMO_YEAR + "/participatie/catalogus",
                "/beheer/inschrijvingen/" + PUBLISHED_DEMO_YEAR,
                "/beheer/gemeenten",
                "/beheer/organisaties",
                "/beheer/uitwisseling",
                "/beheer/aanmeldingen",
                "/beheer/gebruikers",
                "/beheer/editie/" + PUBLISHED_DEMO_YEAR + "/participatie")) {
            visit(path);
        }
        visit("/beheer/organisaties");
        follow(By.cssSelector("main table.data a[href*='/beheer/organisaties/']"));
        visit("/beheer/status?jaar=" + PUBLISHED_DEMO_YEAR);
        follow(By.cssSelector("main a[href*='/beheer/inzendingen/']"));
        screenshot("phone-4-review");
    }

    /**
     * Swipes a field of the questionnaire into view, as a person does with a table wider than the
     * screen, taps it (the tap fails when something covers the field) and types into it.
     */
    private void tapAndType(String fieldKey, String text) {
        WebElement field = browser.findElement(By.id("veld-" + fieldKey));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", field);
        field.click();
        assertThat(browser.switchTo().activeElement()).as(fieldKey).isEqualTo(field);
        field.clear();
        field.sendKeys(text);
        assertThat(field.getDomProperty("value")).as(fieldKey).isEqualTo(text);
        assertFitsTheScreen();
    }

    private void visit(String path) {
        browser.get("http://localhost:" + port + path);
        assertFitsTheScreen();
        accessibility.check();
    }

    private void follow(By link) {
        WebElement element = browser.findElement(link);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
        assertFitsTheScreen();
        accessibility.check();
    }

    private void assertFitsTheScreen() {
        Map<?, ?> measured = (Map<?, ?>) browser.executeScript(OVERFLOW);
        long scrollWidth = ((Number) measured.get("scrollWidth")).longValue();
        long innerWidth = ((Number) measured.get("innerWidth")).longValue();
        assertThat(innerWidth).isEqualTo(HeadlessChromium.PHONE_WIDTH);
        assertThat(scrollWidth)
                .as(
                        "%s scrolls sideways on a phone; sticking out: %s",
                        browser.getCurrentUrl(), measured.get("sticking"))
                .isLessThanOrEqualTo(innerWidth);
    }

    private void logIn(String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
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
