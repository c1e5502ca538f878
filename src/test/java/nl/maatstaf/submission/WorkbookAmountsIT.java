package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import nl.maatstaf.testsupport.WorkbookFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The workbook reads euro amounts as the page and the API do: whole euros, € 1.097.211,- included. */
@IntegrationTest
class WorkbookAmountsIT {

    static final int YEAR = 2233;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    private static WorkbookFiles downloaded(UserAgent browser) {
        return WorkbookFiles.read(browser.getBytes(PAGE + "/vragenlijst.xlsx").body());
    }

    private static HttpResponse<String> upload(UserAgent browser, byte[] content) {
        String lock = Pages.lockVersion(browser.get(PAGE).body());
        return browser.postFile(PAGE + "/werkmap", Map.of("lockVersion", lock), "werkmap", "bedragen.xlsx", content);
    }

    @Test
    void aTextAmountWithThreeDigitsAfterACommaRefusesTheWorkbookWithTheReason() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        WorkbookFiles workbook = downloaded(browser);
        String place = workbook.place("A.KCC.loonkosten");

        HttpResponse<String> uploaded = upload(
                browser,
                workbook.set("A.KCC.fte", 2).set("A.KCC.loonkosten", "1,234").bytes());

        assertThat(uploaded.body())
                .contains("De werkmap is niet overgenomen; er is niets gewijzigd.")
                .contains(place + " (Klantcontactcentrum (KCC) – Loonkosten): &#39;1,234&#39; is geen getal. Vul"
                        + " bedragen in hele euro in, zonder cijfers achter de komma.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }

    @Test
    void aTextAmountWithAnInvoiceDashIsTakenOverAsWholeEuros() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);

        HttpResponse<String> uploaded = upload(
                browser,
                downloaded(browser)
                        .set("A.KCC.fte", 2)
                        .set("A.KCC.loonkosten", "€ 150.000,-")
                        .bytes());

        assertThat(uploaded.body()).contains("De werkmap is overgenomen: 2 veld(en) gewijzigd.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO"))
                .containsEntry("A.KCC.loonkosten", "€ 150.000,-");
    }

    @Test
    void aNumberCellWithAFractionOfAEuroRefusesTheWorkbookAsThePageRefusesTheField() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent browser = Pages.open(port, subject.deelnemer(), PAGE);
        WorkbookFiles workbook = downloaded(browser);
        String place = workbook.place("A.KCC.loonkosten");

        HttpResponse<String> uploaded = upload(
                browser,
                workbook.set("A.KCC.fte", 2).set("A.KCC.loonkosten", 13.6).bytes());

        assertThat(uploaded.body())
                .contains("De werkmap is niet overgenomen; er is niets gewijzigd.")
                .contains(place + ": Klantcontactcentrum (KCC) – Loonkosten: Vul bedragen in hele euro in, zonder"
                        + " cijfers achter de komma.");
        assertThat(Pages.storedRaw(jdbc, subject.organisationId(), YEAR, "WMO")).isEmpty();
    }
}
