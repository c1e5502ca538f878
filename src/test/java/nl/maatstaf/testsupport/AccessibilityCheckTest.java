package nl.maatstaf.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The accessibility check itself, on small pages made for the purpose: it finds what it should. */
class AccessibilityCheckTest {

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFieldWithoutALabelIsAViolation() {
        show("<label for='a'>Naam</label><input id='a'><input id='b'>");

        assertThat(AccessibilityCheck.violations(browser))
                .singleElement()
                .asString()
                .startsWith("label ");
    }

    @Test
    void aButtonSmallerThan24PixelsWithoutRoomAroundItIsAViolation() {
        show("<p><button style='width:16px;height:16px;padding:0'>a</button><button"
                + " style='width:16px;height:16px;padding:0'>b</button></p>");

        assertThat(AccessibilityCheck.violations(browser))
                .isNotEmpty()
                .allMatch(line -> line.startsWith("target-size "));
    }

    @Test
    void greyTextOnALightBackgroundIsAViolation() {
        show("<p style='color:#888;background:#f3f3f3'>Niet gestart</p>");

        assertThat(AccessibilityCheck.violations(browser))
                .singleElement()
                .asString()
                .startsWith("color-contrast ");
    }

    @Test
    void aPageThatMeetsTheRulesHasNoViolations() {
        show("<label for='a'>Naam</label><input id='a'> <button style='min-height:24px'>Opslaan</button>");

        assertThat(AccessibilityCheck.violations(browser)).isEmpty();
    }

    private static void show(String body) {
        String page = "<!DOCTYPE html><html lang='nl'><head><title>Proef</title></head><body><main><h1>Proef</h1>"
                + body + "</main></body></html>";
        browser.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
