package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The basis of the figures and the correction lines on hired staff in the results. */
@IntegrationTest
class BasisAndCorrectionsResultsIT extends EditionIntegrationTestSupport {

    private static final String REASON = "Eenmalig project schuldenaanpak";

    @Autowired
    JdbcClient jdbc;

    private long versionOf(long organisationId, int year) {
        return jdbc.sql("""
                        SELECT v.id FROM submission_version v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year AND s.module_code = 'PARTICIPATIE'
                        """)
                .param("org", organisationId)
                .param("year", year)
                .query(Long.class)
                .single();
    }

    private void onFormationBasis(long organisationId, int year) {
        jdbc.sql("UPDATE submission_version SET basis = 'FORMATIE', peildatum = :date WHERE id = :id")
                .param("date", LocalDate.of(year, 1, 1))
                .param("id", versionOf(organisationId, year))
                .update();
    }

    /** The participant with 20.000 inhuur at Klantmanagement inkomen, of which 5.000 is corrected. */
    private TestData.Subject withCorrection(int year) {
        TestData.Subject subject = testData.newOrganisation(year);
        Map<String, BigDecimal> values = new LinkedHashMap<>(ItFigures.participatie(400, 200_000));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.INHUURKOSTEN), new BigDecimal("20000"));
        approved.storeApproved(subject.organisationId(), year, "PARTICIPATIE", values, "test");
        jdbc.sql("""
                        INSERT INTO submission_version_correction (version_id, task_code, line_no, kind, amount, reason)
                        VALUES (:id, 'KM_INKOMEN', 1, 'INCIDENTEEL', 5000, :reason)
                        """)
                .param("id", versionOf(subject.organisationId(), year))
                .param("reason", REASON)
                .update();
        return subject;
    }

    private String page(TestData.Subject subject, int year, String tab) {
        return html(UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + year + "/participatie?tab=" + tab));
    }

    private String csv(TestData.Subject subject, int year) {
        return new String(
                UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD)
                        .getBytes("/resultaten/" + year + "/participatie/resultaten.csv")
                        .body(),
                StandardCharsets.UTF_8);
    }

    @Test
    void theResultsShowTheBasisAndWarnWhenTheReferenceGroupMostlyUsesAnother() throws IOException {
        int year = 2321;
        TestData.Subject own = withCorrection(year);
        onFormationBasis(own.organisationId(), year);
        List<TestData.Subject> references = approvedParticipants(year, 5);
        onFormationBasis(references.get(0).organisationId(), year);
        publisher.publish(year, "PARTICIPATIE", "test", null);

        String overview = page(own, year, "overzicht");
        String reference = page(references.get(1), year, "overzicht");

        assertThat(overview)
                .contains("Basis: vastgestelde formatie per 1 januari 2321")
                .contains("Let op: uw basis wijkt af van die van de referentiegroep")
                .contains("rekenen met de begroting 2321; 1 van de 5 gebruiken een andere basis");
        assertThat(reference)
                .contains("Basis: begroting 2321")
                .doesNotContain("wijkt af van die van de referentiegroep");
        assertThat(csv(own, year))
                .contains("Basis: vastgestelde formatie per 1 januari 2321")
                .contains("wijkt af");
        JsonNode api = results(own.organisationId(), year, "", own.deelnemer(), TestData.PASSWORD);
        assertThat(api.at("/basis/basis").asText()).isEqualTo("FORMATIE");
        assertThat(api.at("/basis/peildatum").asText()).isEqualTo("2321-01-01");
        assertThat(api.at("/basis/differsFromReferenceGroup").asText()).contains("1 van de 5");
    }

    @Test
    void belowKNothingIsSaidAboutTheBasisOfTheGroup() {
        int year = 2322;
        TestData.Subject own = withCorrection(year);
        onFormationBasis(own.organisationId(), year);
        approvedParticipants(year, 3);
        publisher.publish(year, "PARTICIPATIE", "test", null);

        String overview = page(own, year, "overzicht");

        assertThat(overview)
                .contains("Basis: vastgestelde formatie per 1 januari 2322")
                .doesNotContain("wijkt af van die van de referentiegroep")
                .doesNotContain("gebruiken een andere basis");
    }

    @Test
    void theFiguresUseTheCorrectedInhuurkostenAndTheOwnResultsShowTheLines() throws IOException {
        int year = 2323;
        TestData.Subject own = withCorrection(year);
        approvedParticipants(year, 5);
        publisher.publish(year, "PARTICIPATIE", "test", null);

        JsonNode api = results(own.organisationId(), year, "", own.deelnemer(), TestData.PASSWORD);
        String costs = page(own, year, "kosten");

        BigDecimal expected =
                BigDecimal.valueOf(200_000 + 55_000 + 15_000).divide(BigDecimal.valueOf(400), 20, RoundingMode.HALF_UP);
        assertThat(api.at("/costs/total/ownPerUnit").decimalValue()).isEqualByComparingTo(expected);
        assertThat(costs)
                .contains("Correcties op inhuur")
                .contains(REASON)
                .contains("€ 20.000")
                .contains("− € 5.000")
                .contains("€ 15.000");
        assertThat(csv(own, year)).contains(REASON);
        assertThat(api.at("/hireCorrections/0/task").asText()).isEqualTo("KM_INKOMEN");
        assertThat(api.at("/hireCorrections/0/entered").decimalValue()).isEqualByComparingTo("20000");
        assertThat(api.at("/hireCorrections/0/lines/0/reason").asText()).isEqualTo(REASON);
        assertThat(api.at("/hireCorrections/0/corrected").decimalValue()).isEqualByComparingTo("15000");
    }

    @Test
    void anotherOrganisationNeverSeesTheCorrectionLines() throws IOException {
        int year = 2324;
        withCorrection(year);
        List<TestData.Subject> others = approvedParticipants(year, 5);
        publisher.publish(year, "PARTICIPATIE", "test", null);
        TestData.Subject other = others.get(0);

        String costs = page(other, year, "kosten");
        JsonNode api = results(other.organisationId(), year, "", other.deelnemer(), TestData.PASSWORD);

        assertThat(costs).doesNotContain(REASON).doesNotContain("Correcties op inhuur");
        assertThat(api.toString()).doesNotContain(REASON);
        assertThat(csv(other, year)).doesNotContain(REASON);
    }
}
