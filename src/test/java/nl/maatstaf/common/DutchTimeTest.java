package nl.maatstaf.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DutchTimeTest {

    @Test
    void showsAWinterTimeOneHourAheadOfUtc() {
        assertThat(DutchTime.format(Instant.parse("2026-01-15T13:00:00Z"))).isEqualTo("15-01-2026 14:00");
    }

    @Test
    void showsASummerTimeTwoHoursAheadOfUtc() {
        assertThat(DutchTime.format(Instant.parse("2026-07-01T12:00:00Z"))).isEqualTo("01-07-2026 14:00");
    }

    @Test
    void jumpsFromTwoToThreeOnTheLastSundayOfMarch() {
        assertThat(DutchTime.format(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("29-03-2026 01:59");
        assertThat(DutchTime.format(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("29-03-2026 03:00");
        assertThat(DutchTime.iso(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("2026-03-29T01:59:00+01:00");
        assertThat(DutchTime.iso(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("2026-03-29T03:00:00+02:00");
    }

    @Test
    void fallsBackFromThreeToTwoOnTheLastSundayOfOctober() {
        assertThat(DutchTime.format(Instant.parse("2026-10-25T00:59:00Z"))).isEqualTo("25-10-2026 02:59");
        assertThat(DutchTime.format(Instant.parse("2026-10-25T01:00:00Z"))).isEqualTo("25-10-2026 02:00");
        assertThat(DutchTime.iso(Instant.parse("2026-10-25T00:59:00Z"))).isEqualTo("2026-10-25T02:59:00+02:00");
        assertThat(DutchTime.iso(Instant.parse("2026-10-25T01:00:00Z"))).isEqualTo("2026-10-25T02:00:00+01:00");
    }

    @Test
    void showsAUtcTimeShortlyBeforeMidnightOnTheNextDayInAmsterdam() {
        assertThat(DutchTime.format(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("01-01-2027 00:30");
        assertThat(DutchTime.iso(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("2027-01-01T00:30:00+01:00");
    }

    @Test
    void showsTheSameMomentAlikeWhateverOffsetTheDatabaseGaveIt() {
        OffsetDateTime utc = OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime newYork = utc.withOffsetSameInstant(ZoneOffset.ofHours(-4));

        assertThat(DutchTime.format(utc)).isEqualTo("01-07-2026 14:00");
        assertThat(DutchTime.format(newYork)).isEqualTo("01-07-2026 14:00");
    }

    @Test
    void showsSecondsAndTheTimeOfDayInAmsterdamToo() {
        Instant at = Instant.parse("2026-07-01T12:00:05Z");

        assertThat(DutchTime.formatWithSeconds(at)).isEqualTo("01-07-2026 14:00:05");
        assertThat(DutchTime.timeOfDay(at)).isEqualTo("14:00");
    }

    @Test
    void showsNothingForNoTime() {
        assertThat(DutchTime.format((Instant) null)).isEmpty();
        assertThat(DutchTime.format((OffsetDateTime) null)).isEmpty();
        assertThat(new DutchTimeExpressions().format(null)).isEmpty();
    }

    @Test
    void letsTemplatesFormatEveryKindOfStoredTime() {
        DutchTimeExpressions templates = new DutchTimeExpressions();
        Instant at = Instant.parse("2026-07-01T12:00:05Z");

        assertThat(templates.format(at)).isEqualTo("01-07-2026 14:00");
        assertThat(templates.format(at.atOffset(ZoneOffset.UTC))).isEqualTo("01-07-2026 14:00");
        assertThat(templates.format(at.atZone(ZoneOffset.UTC))).isEqualTo("01-07-2026 14:00");
        assertThat(templates.formatWithSeconds(at.atOffset(ZoneOffset.UTC))).isEqualTo("01-07-2026 14:00:05");
    }
}
