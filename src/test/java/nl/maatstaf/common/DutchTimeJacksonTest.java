package nl.maatstaf.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class DutchTimeJacksonTest {

    private static ObjectMapper mapper() {
        Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json();
        new DutchTimeJackson().amsterdamTimes().customize(builder);
        return builder.build();
    }

    @Test
    void writesAUtcTimeFromTheDatabaseWithTheAmsterdamSummerOffset() throws Exception {
        OffsetDateTime utc = OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC);

        assertThat(mapper().writeValueAsString(Map.of("at", utc))).isEqualTo("{\"at\":\"2026-07-01T14:00:00+02:00\"}");
    }

    @Test
    void writesAnInstantAndAZonedTimeWithTheAmsterdamWinterOffset() throws Exception {
        Instant at = Instant.parse("2026-12-31T23:30:00Z");

        assertThat(mapper().writeValueAsString(Map.of("at", at))).isEqualTo("{\"at\":\"2027-01-01T00:30:00+01:00\"}");
        assertThat(mapper().writeValueAsString(Map.of("at", at.atZone(ZoneOffset.UTC))))
                .isEqualTo("{\"at\":\"2027-01-01T00:30:00+01:00\"}");
    }
}
