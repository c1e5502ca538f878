package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The questionnaire shows and reads numbers the Dutch way; euro amounts are whole euros. */
@IntegrationTest
class QuestionnaireNumbersIT {

    static final int YEAR = 2232;
    static final String PAGE = "/aanleveren/" + YEAR + "/wmo";
    static final String NOT_WHOLE = "Klantcontactcentrum (KCC) – Loonkosten: Vul bedragen in hele euro in, zonder"
            + " cijfers achter de komma. Bedoelt u duizendtallen, schrijf dan bijvoorbeeld 1.234 of 1234; centen"
            + " laat u weg.";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theColumnHeadersOfPartAGiveTheirUnits() {
        Subject subject = testData.newOrganisation(YEAR);

        String page = Pages.open(port, subject.deelnemer(), PAGE)
                .get(PAGE + "?deel=A")
                .body();

        assertThat(page)
                .contains(">Formatie (fte)</th>")
                .contains(">Loonkosten (€)</th>")
                .contains(">Inhuurkosten (€)</th>")
                .contains(">Fte voor derden (fte)</th>")
                .contains(">Opbrengsten derden (€)</th>");
    }

    @Test
    void theEuroOnlyOutsourcingLineLeavesTheFteColumnEmpty() {
        Subject subject = testData.newOrganisation(YEAR);

        String page = Pages.open(port, subject.deelnemer(), PAGE)
                .get(PAGE + "?deel=A")
                .body();

        assertThat(page)
                .contains("<td class=\"not-applicable\" aria-hidden=\"true\"></td>\n"
                        + "                    <td colspan=\"4\" class=\"field-cell euro-only\">");
    }

    @Test
    void aSubmittedQuestionnaireShowsItsAmountsWithThousandsSeparators() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), PAGE);
        Map<String, String> values = Pages.validWmo();
        values.put("A.TOEGANG.loonkosten", "1809600");
        values.put("A.TOEGANG.fte", "24");
        Pages.save(participant, PAGE, "A", values);
        Pages.submit(participant, PAGE, Map.of());

        String page = participant.get(PAGE + "?deel=A").body();

        assertThat(page)
                .contains("Deze aanlevering is ingediend")
                .contains("name=\"A.TOEGANG.loonkosten\" value=\"1.809.600\"")
                .contains("name=\"A.KCC.loonkosten\" value=\"150.000\"")
                .contains("name=\"A.TOEGANG.fte\" value=\"24\"");
    }

    @Test
    void aEuroAmountWithAnInvoiceDashIsReadAsWholeEuros() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), PAGE);

        String page = Pages.save(participant, PAGE, "A", Map.of("A.KCC.fte", "2", "A.KCC.loonkosten", "€ 1.097.211,-"))
                .body();

        assertThat(page).doesNotContain("Vul bedragen in hele euro in");
        assertThat(jdbc.sql("""
                        SELECT v.number_value FROM submission_value v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND v.field_key = 'A.KCC.loonkosten'
                        """)
                        .param("org", subject.organisationId())
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("1097211");
    }

    @Test
    void aEuroAmountWithThreeDigitsAfterACommaIsRefusedAtTheFieldAndNotStoredAsANumber() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent participant = Pages.open(port, subject.deelnemer(), PAGE);

        Pages.save(participant, PAGE, "A", Map.of("A.KCC.fte", "2", "A.KCC.loonkosten", "1,234"));
        String page = participant.get(PAGE + "?deel=A").body();

        assertThat(page).contains(NOT_WHOLE);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM submission_value v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND v.field_key = 'A.KCC.loonkosten'
                          AND v.number_value IS NOT NULL
                        """)
                        .param("org", subject.organisationId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theApiRefusesAEuroAmountWithADecimalJustLikeThePage() {
        Subject subject = testData.newOrganisation(YEAR);
        String path = "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + YEAR + "/wmo";

        HttpResponse<String> text = new UserAgent(port)
                .api(
                        "PUT",
                        path,
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "{\"lockVersion\": 0, \"values\": {\"A.KCC.fte\": \"2\", \"A.KCC.loonkosten\": \"13,6\"}}");
        HttpResponse<String> number = new UserAgent(port)
                .api(
                        "PUT",
                        path,
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        "{\"lockVersion\": 1, \"values\": {\"A.KCC.loonkosten\": 13.6}}");

        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains(NOT_WHOLE);
        assertThat(number.statusCode()).isEqualTo(200);
        assertThat(number.body()).contains(NOT_WHOLE);
    }

    @Test
    void aYesNoIndicatorIsAChoiceOfJaNeeOrEmpty() {
        Subject subject = testData.newOrganisation(YEAR);
        String participatie = "/aanleveren/" + YEAR + "/participatie";
        UserAgent participant = Pages.open(port, subject.deelnemer(), participatie);
        Pages.save(participant, participatie, "B", Map.of("B.WIJKTEAMS", "1"));

        String page = participant.get(participatie + "?deel=B").body().replaceAll("\\s+", " ");

        assertThat(page)
                .contains("<select class=\"yes-no\" id=\"veld-B.WIJKTEAMS\" name=\"B.WIJKTEAMS\"")
                .contains("<option value=\"1\" selected=\"selected\">Ja</option>")
                .contains("<option value=\"0\">Nee</option>")
                .contains("<option value=\"\">(niet ingevuld)</option>");
    }
}
