package nl.maatstaf.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, started headless with the machine's own binaries; the test
 * tool never downloads a browser. Without them the browser tests are skipped locally (and fail
 * on CI, where .ci/run installs them).
 */
public final class HeadlessChromium {

    /** The width of {@link #startPhone()}'s screen in CSS px. */
    public static final int PHONE_WIDTH = 375;

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {}

    public static ChromeDriver start() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && System.getenv("CI") == null) {
            System.err.println("*** chromium/chromedriver not installed: the browser tests are SKIPPED. ***");
        }
        Assumptions.assumeTrue(installed || System.getenv("CI") != null, "chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=nl-NL",
                "--user-data-dir=" + temporaryProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /**
     * A browser with the screen of a small phone: 375 CSS px wide (iPhone SE or mini), in portrait.
     * Emulated without Chromium's mobile mode, which would zoom out a page wider than the screen and
     * so hide the very overflow a test measures.
     */
    public static ChromeDriver startPhone() {
        ChromeDriver driver = start();
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 812, "deviceScaleFactor", 2, "mobile", false));
        return driver;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("maatstaf-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
