package nl.maatstaf.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times are shown in Europe/Amsterdam whatever offset the database stored them with (UTC on
 * PostgreSQL) and whatever zone the server runs in: a publication moment is set to a known UTC
 * instant and read back from the edition page and the API; the CSV export says when it was made.
 */
@IntegrationTest
class AmsterdamTimesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    EditionPublisher publisher;

    @Autowired
    JdbcClient jdbc;

    /** A published edition of {@code year} whose publication moment is {@code at}, stored in UTC. */
    private void publishedAt(int year, Instant at) {
        testData.newOrganisation(year);
        publisher.publish(year, "PARTICIPATIE", "beheerder", null);
        OffsetDateTime utc = at.atOffset(ZoneOffset.UTC);
        jdbc.sql(
                        "UPDATE edition_setting SET published_at = :at WHERE peiljaar = :year AND module_code = 'PARTICIPATIE'")
                .param("at", utc)
                .param("year", year)
                .update();
        // The settings are cached per generation: a changed generation makes the page read the moment.
        jdbc.sql("UPDATE edition_generation SET generation = generation + 1 WHERE id = 1")
                .update();
    }

    private String editionPage(int year) {
        HttpResponse<String> page =
                UserAgent.loggedIn(port, "beheerder", "demo").get("/beheer/editie/" + year + "/participatie");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private JsonNode editionDocument(int year) throws Exception {
        HttpResponse<String> response =
                new UserAgent(port).api("GET", "/api/v1/editions/" + year + "/participatie", "beheerder", "demo", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theEditionPageShowsASummerPublicationMomentTwoHoursAheadOfUtc() {
        publishedAt(2280, Instant.parse("2026-07-01T12:00:00Z"));

        assertThat(editionPage(2280))
                .contains("Gepubliceerd op 01-07-2026 14:00 door beheerder.")
                .doesNotContain("01-07-2026 12:00");
    }

    @Test
    void theEditionApiWritesASummerPublicationMomentWithThePlusTwoOffset() throws Exception {
        publishedAt(2281, Instant.parse("2026-07-01T12:00:00Z"));

        assertThat(editionDocument(2281).get("publishedAt").asText()).isEqualTo("2026-07-01T14:00:00+02:00");
    }

    @Test
    void aUtcMomentJustBeforeMidnightIsShownAndWrittenOnTheNextDayInAmsterdam() throws Exception {
        publishedAt(2282, Instant.parse("2026-12-31T23:30:00Z"));

        assertThat(editionPage(2282)).contains("Gepubliceerd op 01-01-2027 00:30 door beheerder.");
        assertThat(editionDocument(2282).get("publishedAt").asText()).isEqualTo("2027-01-01T00:30:00+01:00");
    }

    @Test
    void theCsvExportSaysWhenItWasMadeInAmsterdamTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MINUTES);

        HttpResponse<byte[]> csv =
                UserAgent.loggedIn(port, "deelnemer", "demo").getBytes("/resultaten/2025/participatie/resultaten.csv");

        Instant after = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        assertThat(csv.statusCode()).isEqualTo(200);
        DateTimeFormatter dutch = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
        // The request may cross a minute; either minute in Amsterdam time is right, UTC never is.
        List<String> expected = List.of(
                "Gemaakt op;" + dutch.format(ZonedDateTime.ofInstant(before, DutchTime.AMSTERDAM)) + "\r\n",
                "Gemaakt op;" + dutch.format(ZonedDateTime.ofInstant(after, DutchTime.AMSTERDAM)) + "\r\n");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(expected).anySatisfy(line -> assertThat(text).contains(line));
    }
}
