package nl.maatstaf.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core (the copy in Deque's {@code com.deque.html.axe-core:selenium} test dependency) in the
 * page a browser has open and fails on every violation of a WCAG 2.0, 2.1 or 2.2 rule of level A or
 * AA, target size (2.5.8) included. The driver evaluates the script itself, which the page's
 * Content-Security-Policy does not govern: the pages stay exactly as they are served.
 *
 * <p>One check per browser; {@link #check()} is called wherever a journey arrives on a page and
 * examines each page once: a page is its address plus the number of messages it shows, so a form
 * shown again with its errors counts as a page of its own.
 */
public final class AccessibilityCheck {

    /** axe's tags of the WCAG 2.x success criteria of level A and AA. */
    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String AXE_SOURCE = axeSource();

    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            var rules = {};
            // Target size is a WCAG 2.2 AA rule that axe leaves off unless asked for.
            rules['target-size'] = {enabled: true};
            window.axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules: rules,
                                      resultTypes: ['violations']})
                .then(function (result) {
                    done(result.violations.map(function (v) {
                        return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
                            return n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
                        })};
                    }));
                })
                .catch(function (e) { done('axe failed: ' + e); });
            """;

    private static final String PAGE_KEY = """
            if (!document.documentElement || !/^https?:/.test(location.protocol)) { return null; }
            return location.pathname + location.search + ' #'
                + document.querySelectorAll('.alert, .field-error, .field-warning').length;
            """;

    private final WebDriver browser;
    private final Set<String> checked = new HashSet<>();

    public AccessibilityCheck(WebDriver browser) {
        this.browser = browser;
    }

    /** Checks the page the browser shows now, unless this page was checked before. */
    public void check() {
        awaitLoaded();
        Object key = script().executeScript(PAGE_KEY);
        if (key == null || !checked.add(key.toString())) {
            return;
        }
        List<String> found = violations(browser);
        if (!found.isEmpty()) {
            throw new AssertionError("Accessibility (WCAG 2.2 A/AA) violations on " + browser.getCurrentUrl() + ":\n  "
                    + String.join("\n  ", found));
        }
    }

    /** The pages checked so far (address and number of messages). */
    public Set<String> checkedPages() {
        return Set.copyOf(checked);
    }

    /**
     * Every WCAG A/AA violation axe finds on the page the browser shows, one line per element:
     * rule, impact, what the rule asks, the element and what to fix.
     */
    public static List<String> violations(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
            script.executeScript(AXE_SOURCE);
        }
        Object result = script.executeAsyncScript(RUN_AXE, WCAG_A_AA);
        if (result instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        List<String> lines = new ArrayList<>();
        for (Object item : (List<?>) result) {
            Map<?, ?> violation = (Map<?, ?>) item;
            for (Object node : (List<?>) violation.get("nodes")) {
                lines.add(violation.get("id") + " (" + violation.get("impact") + ", " + violation.get("help") + "): "
                        + node);
            }
        }
        return lines;
    }

    private void awaitLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) browser;
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityCheck.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
