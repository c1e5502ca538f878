package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Switching tabs never loses what was typed: the tabs are buttons of the form, so also without
 * JavaScript the draft is saved (through the ordinary save, with its lock version and audit)
 * before the other tab opens; the page's background save uses the same save.
 */
@IntegrationTest
class QuestionnaireTabSwitchIT {

    static final int YEAR = 2131;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    private static Map<String, String> partA(String lockVersion, String fte, String naar) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("deel", "A");
        form.put("lockVersion", lockVersion);
        form.put("A.KCC.fte", fte);
        form.put("A.KCC.loonkosten", "");
        form.put("naar", naar);
        return form;
    }

    private static String lockOfPartA(UserAgent browser) {
        return Pages.lockVersion(browser.get(PAGE + "?deel=A").body());
    }

    @Test
    void tabButtonSavesTheTypedValueAndOpensTheChosenTab() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> response = browser.postForm(PAGE, partA(lockOfPartA(browser), "2,5", "B"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith(PAGE + "?deel=B&melding=opgeslagen");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO"))
                .containsEntry("A.KCC.fte", "2,5")
                .doesNotContainKey("A.KCC.loonkosten");
    }

    @Test
    void partBSaysTheInputWasSavedAndPartAShowsTheValueAgain() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        browser.postForm(PAGE, partA(lockOfPartA(browser), "2,5", "B"));

        String partB = browser.get(PAGE + "?deel=B&melding=opgeslagen").body();
        String partA = browser.get(PAGE + "?deel=A").body();

        assertThat(partB)
                .contains("Uw invoer is opgeslagen voordat dit onderdeel werd geopend.")
                .contains("name=\"B.BESCHIKKINGEN\"");
        assertThat(partA).contains("name=\"A.KCC.fte\" value=\"2,5\"");
    }

    @Test
    void tabSwitchSaveIsAuditedFieldByFieldLikeAnyOtherSave() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        browser.postForm(PAGE, partA(lockOfPartA(browser), "2,5", "B"));
        long id = Pages.submissionId(jdbc, subject.organisationId(), YEAR, "WMO");

        List<AuditRecord> changes = audit.forEntity(SubmissionService.AUDIT_ENTITY, String.valueOf(id)).stream()
                .filter(r -> "A.KCC.fte".equals(r.field()))
                .toList();

        assertThat(changes)
                .extracting(AuditRecord::oldValue, AuditRecord::newValue, AuditRecord::username)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "2,5", subject.deelnemer()));
    }

    @Test
    void tabSwitchOnAStaleFormIsRefusedAsAConflictStaysOnItsTabAndOverwritesNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent first = Pages.open(port, subject.deelnemer(), PAGE);
        UserAgent second = Pages.open(port, subject.deelnemer(), PAGE);
        String staleLock = lockOfPartA(second);
        first.postForm(PAGE, partA(lockOfPartA(first), "3", "A"));

        HttpResponse<String> refused = second.postForm(PAGE, partA(staleLock, "5", "B"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Iemand anders heeft deze aanlevering opgeslagen")
                .contains("name=\"deel\" value=\"A\"")
                .contains("name=\"A.KCC.fte\" value=\"5\"")
                .containsPattern(
                        "(?s)class=\"conflict-line\">.*Klantcontactcentrum \\(KCC\\) – Formatie \\(fte\\).*>5<.*>3<");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "3");
    }

    @Test
    void tabSwitchWithNothingNewOpensTheTabWithoutStartingADraft() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> response = browser.postForm(PAGE, partA(lockOfPartA(browser), "", "afsluiting"));

        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(PAGE + "?deel=afsluiting");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("NIET_GESTART");
    }

    @Test
    void findingOnTheAfsluitingLeadsToItsFieldAfterSaving() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> response =
                browser.postForm(PAGE, partA(lockOfPartA(browser), "2", "B#veld-B.BESCHIKKINGEN"));

        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith(PAGE + "?deel=B&melding=opgeslagen#veld-B.BESCHIKKINGEN");
    }

    @Test
    void destinationOutsideTheQuestionnaireLeadsToPartAOfIt() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> response =
                browser.postForm(PAGE, partA(lockOfPartA(browser), "2", "https://elders.example/#veld-x"));

        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith(PAGE + "?deel=A&melding=opgeslagen");
    }

    @Test
    void tabsOfAnEditableFormAreItsButtonsAndALezerGetsPlainLinks() {
        Subject subject = testData.newOrganisation(YEAR);
        String deelnemer = Pages.open(port, subject.deelnemer(), PAGE)
                .get(PAGE + "?deel=B")
                .body();
        String lezer =
                Pages.open(port, subject.lezer(), PAGE).get(PAGE + "?deel=B").body();

        assertThat(deelnemer)
                .contains("form=\"vragenlijst\" name=\"naar\" value=\"A\"")
                .contains("<form method=\"post\" action=\"" + PAGE + "\" class=\"questionnaire-form\" novalidate")
                .contains("id=\"vragenlijst\"")
                .contains("data-autosave-url=\"" + PAGE + "/concept\"")
                .contains("data-saved=\"Concept opgeslagen om {0}.\"");
        assertThat(lezer)
                .contains("href=\"" + PAGE + "?deel=A\"")
                .doesNotContain("name=\"naar\"")
                .doesNotContain("data-autosave-url");
    }

    @Test
    void backgroundSaveStoresTheFormAndAnswersWithTheNewLockVersion() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Map<String, String> form = partA(lockOfPartA(browser), "4", "");
        form.remove("naar");

        HttpResponse<String> response = browser.postForm(PAGE + "/concept", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body())
                .contains("\"outcome\":\"saved\"")
                .contains("\"lockVersion\":" + lockOfPartA(browser))
                .contains("\"changedFields\":1");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "4");
    }

    @Test
    void backgroundSaveOfAStaleFormIsAConflictProblemAndOverwritesNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent first = Pages.open(port, subject.deelnemer(), PAGE);
        UserAgent second = Pages.open(port, subject.deelnemer(), PAGE);
        String staleLock = lockOfPartA(second);
        first.postForm(PAGE, partA(lockOfPartA(first), "3", "A"));
        Map<String, String> form = partA(staleLock, "5", "");
        form.remove("naar");

        HttpResponse<String> refused = second.postForm(PAGE + "/concept", form);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body())
                .contains("\"outcome\":\"conflict\"")
                .contains("\"lockVersion\":" + staleLock)
                .contains("Iemand anders heeft deze aanlevering intussen opgeslagen.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "3");
    }

    @Test
    void backgroundSaveOfATextTooLongToStoreIsRefusedAndStoresNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        Map<String, String> form = partA(lockOfPartA(browser), "1".repeat(InputLimits.RAW_VALUE + 1), "");
        form.remove("naar");

        HttpResponse<String> refused = browser.postForm(PAGE + "/concept", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"outcome\":\"refused\"");
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("NIET_GESTART");
    }
}
