package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starting from last year's figures, and the change warnings that compare with them. */
@IntegrationTest
class PreviousYearIT {

    /** Last year approved in 2052, this year 2053. */
    static final int APPROVED_YEAR = 2052;

    /** Last year only submitted in 2054, this year 2055. */
    static final int SUBMITTED_YEAR = 2054;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    ApprovedSubmissions approved;

    @Test
    void offersLastYearsFiguresWhileTheQuestionnaireIsEmpty() {
        Subject subject = withApprovedLastYear(Map.of());
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(APPROVED_YEAR + 1));

        String before = browser.get(page(APPROVED_YEAR + 1)).body();
        Pages.save(browser, page(APPROVED_YEAR + 1), "A", Map.of("A.KCC.fte", "1"));
        String after = browser.get(page(APPROVED_YEAR + 1)).body();

        assertThat(before).contains("Neem de cijfers van 2052 over");
        assertThat(after).doesNotContain("Neem de cijfers van 2052 over");
    }

    @Test
    void copiesLastYearsApprovedFiguresWithAnAuditLinePerField() {
        Subject subject = withApprovedLastYear(Map.of());
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(APPROVED_YEAR + 1));

        HttpResponse<String> copied = copy(browser, APPROVED_YEAR + 1);

        assertThat(copied.body()).contains("De cijfers van 2052 zijn overgenomen (6 veld(en)).");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), APPROVED_YEAR + 1, "WMO"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "A.KCC.fte", "2",
                        "A.KCC.loonkosten", "150.000",
                        "A.TOEGANG.fte", "6,5",
                        "A.TOEGANG.loonkosten", "487.500",
                        "B.BESCHIKKINGEN", "1200",
                        "B.CLIENTEN", "950"));
        assertThat(audit(subject, "WIJZIGING")).isEqualTo(6);
        assertThat(audit(subject, PreviousYearCopy.AUDIT_ACTION)).isEqualTo(1);
    }

    @Test
    void copiesAValueNotKnownLastYearAsNietBekend() {
        int year = 2388;
        Subject subject = testData.newOrganisation(year);
        catalog.openYearWithStandardCatalog(year - 1);
        approved.storeApproved(
                subject.organisationId(),
                year - 1,
                "WMO",
                Map.of("A.KCC.fte", new BigDecimal("2"), "B.BESCHIKKINGEN", new BigDecimal("1200")),
                Map.of("A.KCC.loonkosten", ValueMarker.NIET_BEKEND),
                Map.of(),
                "test");
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(year));

        HttpResponse<String> copied = copy(browser, year);

        assertThat(copied.body()).contains("(3 veld(en))");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), year, "WMO"))
                .containsEntry("A.KCC.loonkosten", "niet bekend")
                .containsEntry("A.KCC.fte", "2");
    }

    @Test
    void copiesOnlyFieldsThatThisYearsCatalogueAsksFor() {
        Subject subject = withApprovedLastYear(Map.of("B.VERVALLEN_INDICATOR", BigDecimal.TEN));
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(APPROVED_YEAR + 1));

        copy(browser, APPROVED_YEAR + 1);

        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), APPROVED_YEAR + 1, "WMO"))
                .hasSize(6)
                .doesNotContainKey("B.VERVALLEN_INDICATOR");
    }

    @Test
    void copiesTheLatestSubmittedVersionWhenNoneIsApproved() {
        Subject subject = withSubmittedLastYear();
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(SUBMITTED_YEAR + 1));

        HttpResponse<String> copied = copy(browser, SUBMITTED_YEAR + 1);

        assertThat(copied.body()).contains("De cijfers van 2054 zijn overgenomen (6 veld(en)).");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), SUBMITTED_YEAR + 1, "WMO"))
                .containsEntry("A.TOEGANG.fte", "6,5")
                .containsEntry("B.BESCHIKKINGEN", "1200");
    }

    @Test
    void refusesToCopyOverFiguresAlreadyEntered() {
        Subject subject = withApprovedLastYear(Map.of());
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(APPROVED_YEAR + 1));
        Pages.save(browser, page(APPROVED_YEAR + 1), "A", Map.of("A.KCC.fte", "1"));

        HttpResponse<String> copied = copy(browser, APPROVED_YEAR + 1);

        assertThat(copied.body()).contains("Deze vragenlijst bevat al cijfers");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), APPROVED_YEAR + 1, "WMO"))
                .containsExactlyEntriesOf(Map.of("A.KCC.fte", "1"));
    }

    @Test
    void warnsAboutAChangeOfMoreThanHalfAgainstLastYearsApprovedFigures() {
        Subject subject = withApprovedLastYear(Map.of());
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(APPROVED_YEAR + 1));
        copy(browser, APPROVED_YEAR + 1);

        HttpResponse<String> saved = Pages.save(
                browser, page(APPROVED_YEAR + 1), "A", Map.of("A.KCC.fte", "5", "A.KCC.loonkosten", "375.000"));

        assertThat(saved.body())
                .contains("Klantcontactcentrum (KCC): de netto kosten veranderen")
                .contains("ten opzichte van uw aanlevering over 2052");
    }

    @Test
    void warnsAboutAChangeOfMoreThanHalfAgainstLastYearsSubmittedFiguresWhenNoneIsApproved() {
        Subject subject = withSubmittedLastYear();
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(SUBMITTED_YEAR + 1));
        copy(browser, SUBMITTED_YEAR + 1);

        HttpResponse<String> saved = Pages.save(
                browser, page(SUBMITTED_YEAR + 1), "A", Map.of("A.KCC.fte", "5", "A.KCC.loonkosten", "375.000"));

        assertThat(saved.body())
                .contains("Klantcontactcentrum (KCC): de netto kosten veranderen")
                .contains("ten opzichte van uw aanlevering over 2054");
    }

    private Subject withApprovedLastYear(Map<String, BigDecimal> extra) {
        Subject subject = testData.newOrganisation(APPROVED_YEAR + 1);
        catalog.openYearWithStandardCatalog(APPROVED_YEAR);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("A.KCC.fte", new BigDecimal("2"));
        figures.put("A.KCC.loonkosten", new BigDecimal("150000"));
        figures.put("A.TOEGANG.fte", new BigDecimal("6.5"));
        figures.put("A.TOEGANG.loonkosten", new BigDecimal("487500"));
        figures.put("B.BESCHIKKINGEN", new BigDecimal("1200"));
        figures.put("B.CLIENTEN", new BigDecimal("950"));
        figures.putAll(extra);
        approved.storeApproved(subject.organisationId(), APPROVED_YEAR, "WMO", figures, "test");
        return subject;
    }

    private Subject withSubmittedLastYear() {
        Subject subject = testData.newOrganisation(SUBMITTED_YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), page(SUBMITTED_YEAR));
        Pages.save(browser, page(SUBMITTED_YEAR), "A", Pages.validWmo());
        Pages.submit(browser, page(SUBMITTED_YEAR), Map.of());
        assertThat(Pages.status(jdbc, subject.organisationId(), SUBMITTED_YEAR, "WMO"))
                .isEqualTo("INGEDIEND");
        catalog.openYearWithStandardCatalog(SUBMITTED_YEAR + 1);
        enrolments.enrol(subject.organisationId(), SUBMITTED_YEAR + 1, "WMO");
        return subject;
    }

    private static HttpResponse<String> copy(UserAgent browser, int year) {
        String lock = Pages.lockVersion(browser.get(page(year)).body());
        return browser.postForm(page(year) + "/vorig-jaar", Map.of("lockVersion", lock));
    }

    private static String page(int year) {
        return "/aanleveren/" + year + "/wmo";
    }

    private int audit(Subject subject, String action) {
        return Pages.auditActions(jdbc, subject.organisationId(), action);
    }
}
