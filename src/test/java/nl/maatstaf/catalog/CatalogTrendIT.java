package nl.maatstaf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.results.ResultsTrend;
import nl.maatstaf.results.ResultsTrends;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A task renamed between peiljaren carries the codes it continues, so its trend does not break. */
@IntegrationTest
class CatalogTrendIT {

    private static final int EARLIER = 2164;
    private static final int LATER = 2169;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    EditionPublisher publisher;

    @Autowired
    ResultsTrends trends;

    private static Map<String, BigDecimal> figures(String task, long loonkosten) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(FieldKeys.indicator("BIJSTANDSUITKERINGEN"), BigDecimal.valueOf(400));
        values.put(FieldKeys.task(task, TaskField.FTE), new BigDecimal("2"));
        values.put(FieldKeys.task(task, TaskField.LOONKOSTEN), BigDecimal.valueOf(loonkosten));
        return values;
    }

    @Test
    void theTrendOfARenamedTaskContinuesWithTheFiguresOfTheCodeItContinues() throws Exception {
        int earlier = EARLIER;
        int later = LATER;
        TestData.Subject own = testData.newOrganisation(earlier);
        approved.storeApproved(own.organisationId(), earlier, "PARTICIPATIE", figures("KCC", 141_200), "test");
        HttpResponse<String> opened = new UserAgent(port)
                .api(
                        "POST",
                        "/api/v1/years",
                        "beheerder",
                        "demo",
                        "{\"year\": " + later + ", \"catalogFrom\": " + earlier + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        ObjectNode document = (ObjectNode) new ObjectMapper()
                .readTree(new UserAgent(port)
                        .api("GET", "/api/v1/catalog/" + later + "/participatie", "beheerder", "demo", null)
                        .body());
        ObjectNode task = (ObjectNode) document.at("/groups/0/tasks/0");
        task.put("code", "KLANTCONTACT");
        ((ObjectNode) task.get("name")).put("nl", "Klantcontact").put("en", "Client contact");
        task.putArray("previousCodes").add("KCC");
        HttpResponse<String> replaced = new UserAgent(port)
                .withHeader("If-Match", "\"0\"")
                .api("PUT", "/api/v1/catalog/" + later + "/participatie", "beheerder", "demo", document.toString());
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        enrolments.enrol(own.organisationId(), later, "PARTICIPATIE");
        approved.storeApproved(own.organisationId(), later, "PARTICIPATIE", figures("KLANTCONTACT", 158_000), "test");
        publisher.publish(earlier, "PARTICIPATIE", "test", null);
        publisher.publish(later, "PARTICIPATIE", "test", null);

        ResultsTrend trend = trends.trendOf(
                own.organisationId(),
                catalog.find(later, "PARTICIPATIE").orElseThrow(),
                Locale.forLanguageTag("nl-NL"));

        ResultsTrend.Series series = trend.series().stream()
                .filter(s -> s.code().equals("TASK_COST_PER_UNIT:KLANTCONTACT"))
                .findFirst()
                .orElseThrow();
        assertThat(series.label()).isEqualTo("Klantcontact: kosten per uitkering");
        assertThat(series.points()).extracting(ResultsTrend.Point::year).containsExactly(earlier, later);
        assertThat(series.points().get(0).own()).isEqualByComparingTo(perUnit(141_200));
        assertThat(series.points().get(1).own()).isEqualByComparingTo(perUnit(158_000));
        String page = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + later + "/participatie?tab=trend")
                .body();
        assertThat(page)
                .contains("Klantcontact: kosten per uitkering")
                .contains(DutchFormat.euro(perUnit(141_200)))
                .contains(DutchFormat.euro(perUnit(158_000)));
    }

    private static BigDecimal perUnit(long loonkosten) {
        return BigDecimal.valueOf(loonkosten).divide(BigDecimal.valueOf(400), 20, RoundingMode.HALF_UP);
    }
}
