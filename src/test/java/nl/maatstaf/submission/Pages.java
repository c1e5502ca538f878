package nl.maatstaf.submission;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small steps shared by the questionnaire integration tests. */
final class Pages {

    private static final Pattern LOCK_VERSION = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"");

    private Pages() {}

    /** A Wmo questionnaire without errors or warnings. */
    static Map<String, String> validWmo() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("A.KCC.fte", "2");
        values.put("A.KCC.loonkosten", "150.000");
        values.put("A.TOEGANG.fte", "6,5");
        values.put("A.TOEGANG.loonkosten", "€ 487.500");
        values.put("B.BESCHIKKINGEN", "1.200");
        values.put("B.CLIENTEN", "950");
        return values;
    }

    static UserAgent open(int port, String username, String path) {
        UserAgent browser = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        browser.get(path);
        return browser;
    }

    /** Opens the tab to get the current lock version, then saves the given values on it. */
    static HttpResponse<String> save(UserAgent browser, String page, String tab, Map<String, String> values) {
        String html = browser.get(page + "?deel=" + tab).body();
        Map<String, String> form = new LinkedHashMap<>(values);
        form.put("deel", tab);
        form.put("lockVersion", lockVersion(html));
        return browser.postForm(page, form);
    }

    /** Submits from the afsluiting tab with a contact person and the confirmation ticked. */
    static HttpResponse<String> submit(UserAgent browser, String page, Map<String, String> explanations) {
        String html = browser.get(page + "?deel=afsluiting").body();
        Map<String, String> form = new LinkedHashMap<>(explanations);
        form.put("deel", "afsluiting");
        form.put("lockVersion", lockVersion(html));
        form.put("contactName", "Anna de Vries");
        form.put("contactEmail", "a.devries@example.nl");
        form.put("remarks", "");
        form.put("bevestiging", "ja");
        return browser.postForm(page + "/indienen", form);
    }

    static String lockVersion(String html) {
        Matcher matcher = LOCK_VERSION.matcher(html);
        return matcher.find() ? matcher.group(1) : "0";
    }

    static Map<String, String> storedRaw(JdbcClient jdbc, long organisationId, int year, String module) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT v.field_key, v.raw_value FROM submission_value v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year AND s.module_code = :module
                        """)
                .param("org", organisationId)
                .param("year", year)
                .param("module", module)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        return values;
    }

    static int versionCount(JdbcClient jdbc, long organisationId, int year, String module) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year AND s.module_code = :module
                        """)
                .param("org", organisationId)
                .param("year", year)
                .param("module", module)
                .query(Integer.class)
                .single();
    }

    static String status(JdbcClient jdbc, long organisationId, int year, String module) {
        return jdbc.sql(
                        "SELECT status FROM submission WHERE organisation_id = :org AND peiljaar = :year AND module_code = :module")
                .param("org", organisationId)
                .param("year", year)
                .param("module", module)
                .query(String.class)
                .optional()
                .orElse("NIET_GESTART");
    }

    static long submissionId(JdbcClient jdbc, long organisationId, int year, String module) {
        return jdbc.sql(
                        "SELECT id FROM submission WHERE organisation_id = :org AND peiljaar = :year AND module_code = :module")
                .param("org", organisationId)
                .param("year", year)
                .param("module", module)
                .query(Long.class)
                .single();
    }

    /** How many audit lines with this action the organisation has. */
    static int auditActions(JdbcClient jdbc, long organisationId, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE organisation_id = :org AND action = :action")
                .param("org", organisationId)
                .param("action", action)
                .query(Integer.class)
                .single();
    }

    /** How many uploaded workbooks of the organisation are kept. */
    static int uploadCount(JdbcClient jdbc, long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM submission_upload WHERE organisation_id = :org")
                .param("org", organisationId)
                .query(Integer.class)
                .single();
    }
}
