package nl.maatstaf.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one rule for times: every time a person sees (pages, PDF, Excel, CSV, mail) is the wall clock
 * time in the Netherlands, {@code 01-07-2026 14:00}, and every time in the API is ISO 8601 with the
 * Amsterdam offset of that moment, {@code 2026-07-01T14:00:00+02:00}. Stored times carry whatever
 * offset the database or the server's zone gave them (UTC on PostgreSQL), so they are always moved
 * to Europe/Amsterdam here and never shown in their own offset.
 */
public final class DutchTime {

    /** The zone of every participant; daylight saving time (+02:00) from the last Sunday of March. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private DutchTime() {}

    /** The moment on the Dutch wall clock. */
    public static ZonedDateTime inAmsterdam(Instant at) {
        return at.atZone(AMSTERDAM);
    }

    /** {@code 01-07-2026 14:00}; empty for no time. */
    public static String format(Instant at) {
        return at == null ? "" : MINUTES.format(inAmsterdam(at));
    }

    /** {@code 01-07-2026 14:00}, whatever offset the time came with; empty for no time. */
    public static String format(OffsetDateTime at) {
        return at == null ? "" : format(at.toInstant());
    }

    /** {@code 01-07-2026 14:00:05}, where the order of events within a minute matters (audit trails). */
    public static String formatWithSeconds(Instant at) {
        return at == null ? "" : SECONDS.format(inAmsterdam(at));
    }

    /** {@code 14:00}: the time of day alone, for a moment later today. */
    public static String timeOfDay(Instant at) {
        return at == null ? "" : HOURS_MINUTES.format(inAmsterdam(at));
    }

    /** {@code 2026-07-01T14:00:00+02:00}: ISO 8601 with the Amsterdam offset, as the API writes it. */
    public static String iso(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(inAmsterdam(at));
    }
}
