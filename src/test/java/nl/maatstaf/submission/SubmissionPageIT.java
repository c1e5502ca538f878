package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The questionnaire pages over real HTTP: saving, validation messages and submission. */
@IntegrationTest
class SubmissionPageIT {

    static final int YEAR = 2030;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsUnreadableTextAndShowsTheDutchErrorAtTheField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");

        HttpResponse<String> saved =
                Pages.save(browser, PAGE, "A", Map.of("A.KCC.fte", "abc", "A.KCC.loonkosten", "12,3,4"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO"))
                .containsEntry("A.KCC.fte", "abc")
                .containsEntry("A.KCC.loonkosten", "12,3,4");
        assertThat(saved.body())
                .contains("value=\"abc\"")
                .contains("value=\"12,3,4\"")
                .contains("Klantcontactcentrum (KCC) – Formatie (fte): Vul een getal in")
                .contains("Klantcontactcentrum (KCC) – Loonkosten: Vul een getal in");
    }

    @Test
    void showsNegativeValueAsErrorAtTheField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");

        HttpResponse<String> saved = Pages.save(browser, PAGE, "A", Map.of("A.TOEGANG.loonkosten", "-5.000"));

        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO"))
                .containsEntry("A.TOEGANG.loonkosten", "-5.000");
        assertThat(saved.body()).contains("Loonkosten: een negatieve waarde (−€ 5.000) kan niet.");
    }

    @Test
    void showsThirdPartyFteAboveFormationAsError() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");

        HttpResponse<String> saved =
                Pages.save(browser, PAGE, "A", Map.of("A.TOEGANG.fte", "2", "A.TOEGANG.fteDerden", "3,5"));

        assertThat(saved.body())
                .contains("Fte voor derden: de fte voor derden (3,5) is groter dan de formatie van deze taak (2 fte).");
    }

    @Test
    void missingHoofdfactorBlocksSubmission() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");
        Map<String, String> values = new LinkedHashMap<>(Pages.validWmo());
        values.remove("B.BESCHIKKINGEN");
        Pages.save(browser, PAGE, "A", values);

        HttpResponse<String> submitted = Pages.submit(browser, PAGE, Map.of());

        assertThat(submitted.body())
                .contains("Indienen is nog niet gelukt")
                .contains("Beschikkingen is de hoofdfactor van deze module en is nog niet ingevuld.");
        assertThat(Pages.versionCount(jdbc, subject.organisationId(), YEAR, "WMO"))
                .isZero();
    }

    @Test
    void zeroHoofdfactorBlocksSubmission() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");
        Map<String, String> values = new LinkedHashMap<>(Pages.validWmo());
        values.put("B.BESCHIKKINGEN", "0");
        Pages.save(browser, PAGE, "A", values);

        HttpResponse<String> submitted = Pages.submit(browser, PAGE, Map.of());

        assertThat(submitted.body()).contains("Beschikkingen is de hoofdfactor en moet groter zijn dan 0");
        assertThat(Pages.versionCount(jdbc, subject.organisationId(), YEAR, "WMO"))
                .isZero();
    }

    @Test
    void warningWithoutExplanationBlocksSubmission() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");
        Map<String, String> values = new LinkedHashMap<>(Pages.validWmo());
        values.put("A.KCC.loonkosten", "400.000");
        Pages.save(browser, PAGE, "A", values);

        HttpResponse<String> submitted = Pages.submit(browser, PAGE, Map.of());

        assertThat(submitted.body())
                .contains("de loonkosten per fte zijn € 200.000")
                .contains("Vul een toelichting in bij deze waarschuwing.");
        assertThat(Pages.versionCount(jdbc, subject.organisationId(), YEAR, "WMO"))
                .isZero();
    }

    @Test
    void warningWithExplanationSubmits() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");
        Map<String, String> values = new LinkedHashMap<>(Pages.validWmo());
        values.put("A.KCC.loonkosten", "400.000");
        Pages.save(browser, PAGE, "A", values);

        HttpResponse<String> submitted =
                Pages.submit(browser, PAGE, Map.of("uitleg:wagePerFte:A.KCC", "Twee senior adviseurs in schaal 13."));

        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(Pages.versionCount(jdbc, subject.organisationId(), YEAR, "WMO"))
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT e.explanation FROM submission_version_explanation e
                        JOIN submission_version v ON v.id = e.version_id JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND e.warning_key = 'wagePerFte:A.KCC'
                        """)
                        .param("org", subject.organisationId())
                        .query(String.class)
                        .single())
                .isEqualTo("Twee senior adviseurs in schaal 13.");
    }

    @Test
    void submittingCreatesAnImmutableVersionAndMakesTheDraftReadOnly() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");
        Pages.save(browser, PAGE, "A", Pages.validWmo());

        HttpResponse<String> submitted = Pages.submit(browser, PAGE, Map.of());
        HttpResponse<String> page = browser.get(PAGE + "?deel=A");
        HttpResponse<String> laterSave = Pages.save(browser, PAGE, "A", Map.of("A.KCC.fte", "99"));

        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(Pages.status(jdbc, subject.organisationId(), YEAR, "WMO")).isEqualTo("INGEDIEND");
        assertThat(jdbc.sql("""
                        SELECT vv.number_value FROM submission_version_value vv
                        JOIN submission_version v ON v.id = vv.version_id JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND vv.field_key = 'A.KCC.fte'
                        """)
                        .param("org", subject.organisationId())
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("2");
        assertThat(page.body()).contains("readonly").contains("Deze aanlevering is ingediend");
        assertThat(laterSave.body()).contains("kan nu niet worden gewijzigd");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).containsEntry("A.KCC.fte", "2");
    }

    @Test
    void formPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE + "?deel=A");

        HttpResponse<String> response =
                browser.postFormWithoutToken(PAGE, Map.of("deel", "A", "lockVersion", "0", "A.KCC.fte", "7"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void lezerCannotSaveOnThePage() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent lezer = Pages.open(port, subject.lezer(), PAGE + "?deel=A");

        HttpResponse<String> response = Pages.save(lezer, PAGE, "A", Map.of("A.KCC.fte", "7"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void anotherOrganisationsQuestionnaireIsRefusedByUrl() {
        Subject own = testData.newOrganisation(YEAR);
        Subject other = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, own.deelnemer(), PAGE + "?deel=A");

        HttpResponse<String> read = browser.get(PAGE + "?organisatie=" + other.organisationId());
        HttpResponse<String> write = browser.postForm(
                PAGE,
                Map.of(
                        "deel",
                        "A",
                        "lockVersion",
                        "0",
                        "organisatie",
                        String.valueOf(other.organisationId()),
                        "A.KCC.fte",
                        "7"));

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(Pages.storedRaw(jdbc, other.organisationId(), YEAR, "WMO")).isEmpty();
        assertThat(Pages.storedRaw(jdbc, own.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void unknownModuleOrYearShowsNotFound() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        assertThat(browser.get("/aanleveren/" + YEAR + "/onbekend").statusCode())
                .isEqualTo(404);
        assertThat(browser.get("/aanleveren/1999/wmo").statusCode()).isEqualTo(404);
        assertThat(browser.get("/aanleveren/" + YEAR + "/wmo").body()).contains("Data aanleveren");
    }

    @Test
    void organisationNotEnrolledInTheYearGetsNotFound() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> response = browser.get("/aanleveren/2025/wmo");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void everyTabRendersWithoutError() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        for (String tab : new String[] {"A", "B", "C", "afsluiting", "onzin"}) {
            HttpResponse<String> response = browser.get(PAGE + "?deel=" + tab);
            assertThat(response.statusCode()).as(tab).isEqualTo(200);
        }
        assertThat(browser.get(PAGE + "?deel=B").body()).contains("name=\"B.BESCHIKKINGEN\"");
        assertThat(browser.get(PAGE + "?deel=C").body()).contains("name=\"C.BUDGET\"");
        assertThat(browser.get(PAGE + "?deel=A").body()).contains("name=\"A.UITVOERING.uitbesteed\"");
    }

    @Test
    void pageIsAvailableInEnglish() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> response = browser.get(PAGE + "?deel=afsluiting&lang=en");

        assertThat(response.body()).contains("Submit data").contains("Contact person and remarks");
    }

    @Test
    void beheerderOpensAParticipantsQuestionnaireExplicitlyAndTheAccessIsAudited() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        HttpResponse<String> withoutOrganisation = beheerder.get(PAGE);
        HttpResponse<String> withOrganisation = beheerder.get(PAGE + "?organisatie=" + subject.organisationId());

        assertThat(withoutOrganisation.statusCode()).isEqualTo(404);
        assertThat(withOrganisation.statusCode()).isEqualTo(200);
        assertThat(withOrganisation.body()).contains(subject.name());
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'INZAGE' AND username = 'beheerder' AND organisation_id = :org")
                        .param("org", subject.organisationId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void lezerSeesTheQuestionnaireReadOnly() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent lezer = Pages.open(port, subject.lezer(), PAGE);

        HttpResponse<String> page = lezer.get(PAGE + "?deel=A");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("U kunt deze gegevens bekijken maar niet wijzigen")
                .contains("readonly")
                .doesNotContain(">Opslaan</button>");
    }
}
