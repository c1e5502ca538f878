package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.submission.ValueMarker;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Spec §8 over HTTP: a value that is not known is no 0 anywhere, its figure has no deviation, the
 * organisation is left out of exactly that figure's reference, and a task's reference needs k
 * organisations that know the task.
 */
@IntegrationTest
class UnknownValuesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WAGES = FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN);

    @LocalServerPort
    int port;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    EditionPublisher publisher;

    @Autowired
    TestData testData;

    /** Two organisations that do not know the wage cost of Klantmanagement inkomen, then {@code known} that do. */
    private List<TestData.Subject> edition(int year, int known) {
        List<TestData.Subject> subjects = new ArrayList<>();
        for (int i = 0; i < 2 + known; i++) {
            TestData.Subject subject = testData.newOrganisation(year);
            Map<String, java.math.BigDecimal> values =
                    new java.util.LinkedHashMap<>(ItFigures.participatie(300 + 11 * i, 200_000 + 7_000L * i));
            Map<String, ValueMarker> markers = Map.of();
            if (i < 2) {
                values.remove(WAGES);
                markers = Map.of(WAGES, ValueMarker.NIET_BEKEND);
            }
            approved.storeApproved(subject.organisationId(), year, "PARTICIPATIE", values, markers, Map.of(), "test");
            subjects.add(subject);
        }
        publisher.publish(year, "PARTICIPATIE", "test", null);
        return subjects;
    }

    @Test
    void theOwnResultsShowTheTaskAsNotKnownAndTheGroupAndTotalAsSubtotalsWithTheReason() {
        TestData.Subject unknown = edition(2380, 6).get(0);

        String body = html(UserAgent.loggedIn(port, unknown.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/2380/participatie?tab=kosten"));

        assertThat(body)
                .contains(">niet bekend<")
                .contains("subtotaal € 55.000")
                .contains("Totaal niet te bepalen: Klantmanagement inkomen niet bekend.")
                .contains("niet te bepalen");
    }

    @Test
    void theResultsApiGivesNoAmountForTheUnknownTaskAndNamesTheUnknownPartAtTheGroup() throws Exception {
        TestData.Subject unknown = edition(2381, 6).get(0);

        JsonNode costs = results(unknown, 2381).at("/costs");
        JsonNode group = group(costs, "UITVOERING");
        JsonNode task = task(group, "KM_INKOMEN");

        assertThat(task.get("own").isNull()).isTrue();
        assertThat(task.get("ownPerUnit").isNull()).isTrue();
        assertThat(task.get("deviation").isNull()).isTrue();
        assertThat(task.at("/unknown/0/reason").asText()).isEqualTo("NIET_BEKEND");
        assertThat(group.at("/figure/own").decimalValue()).isEqualByComparingTo("10000");
        assertThat(group.at("/figure/ownPerUnit").isNull()).isTrue();
        assertThat(group.at("/figure/unknown/0/code").asText()).isEqualTo("KM_INKOMEN");
        assertThat(costs.at("/total/unknown/0/level").asText()).isEqualTo("TASK");
    }

    @Test
    void fewerThanKOrganisationsWithAnUnknownTaskAreLeftOutOfEveryCostFigureButNotOfTheFormation() throws Exception {
        TestData.Subject known = edition(2382, 6).get(2);

        JsonNode costs = results(known, 2382).at("/costs");
        JsonNode uitvoering = group(costs, "UITVOERING");

        assertThat(task(uitvoering, "KM_INKOMEN").get("referenceSize").asInt()).isEqualTo(5);
        assertThat(uitvoering.at("/figure/referenceSize").asInt()).isEqualTo(5);
        // Two organisations left out of the total: for fewer than k their known parts would show as a
        // difference of references, so they count in no cost figure at all.
        assertThat(task(group(costs, "BELEID"), "BELEID").get("referenceSize").asInt())
                .isEqualTo(5);
        assertThat(task(group(results(known, 2382).at("/formation"), "UITVOERING"), "KM_INKOMEN")
                        .get("referenceSize")
                        .asInt())
                .isEqualTo(7);
    }

    @Test
    void aTasksReferenceNeedsKOrganisationsThatKnowItWhileItsFormationIsShown() throws Exception {
        TestData.Subject known = edition(2383, 5).get(2);

        JsonNode document = results(known, 2383);
        JsonNode kmInkomen = task(group(document.at("/costs"), "UITVOERING"), "KM_INKOMEN");
        JsonNode kmInkomenFte = task(group(document.at("/formation"), "UITVOERING"), "KM_INKOMEN");

        assertThat(kmInkomen.get("referenceSize").asInt()).isEqualTo(4);
        assertThat(kmInkomen.get("reference").isNull()).isTrue();
        assertThat(kmInkomen.get("referenceWithheld").asText()).isEqualTo("TOO_FEW_REFERENCES");
        assertThat(kmInkomenFte.get("referenceSize").asInt()).isEqualTo(6);
        assertThat(kmInkomenFte.get("reference").isNull()).isFalse();
    }

    @Test
    void theCsvExportSaysWhatIsNotKnownInsteadOfAZero() {
        TestData.Subject unknown = edition(2384, 6).get(0);

        HttpResponse<byte[]> csv = UserAgent.loggedIn(port, unknown.lezer(), TestData.PASSWORD)
                .getBytes("/resultaten/2384/participatie/resultaten.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Totaal niet te bepalen: Klantmanagement inkomen niet bekend.");
        assertThat(text.lines().filter(line -> line.contains("KM_INKOMEN") && line.contains("niet bekend")))
                .isNotEmpty();
    }

    private JsonNode results(TestData.Subject subject, int year) throws Exception {
        HttpResponse<String> response = new UserAgent(port)
                .api(
                        "GET",
                        "/api/v1/organisations/" + subject.organisationId() + "/results/" + year + "/PARTICIPATIE",
                        subject.lezer(),
                        TestData.PASSWORD,
                        null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode group(JsonNode table, String code) {
        for (JsonNode group : table.get("groups")) {
            if (group.at("/figure/code").asText().equals(code)) {
                return group;
            }
        }
        throw new AssertionError("No group " + code + " in " + table);
    }

    private static JsonNode task(JsonNode group, String code) {
        for (JsonNode task : group.get("tasks")) {
            if (task.get("code").asText().equals(code)) {
                return task;
            }
        }
        throw new AssertionError("No task " + code + " in " + group);
    }

    private static String html(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replace("&amp;", "&");
    }
}
