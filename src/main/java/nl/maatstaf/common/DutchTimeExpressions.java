package nl.maatstaf.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * {@link DutchTime} for the templates, as {@code ${@dutchTime.format(x)}}: Thymeleaf's own
 * {@code #temporals.format} shows a time in the offset it came with, which is UTC on PostgreSQL.
 * One method per kind of output taking any stored time, so that templates need not know which
 * type a row holds.
 */
@Component("dutchTime")
public class DutchTimeExpressions {

    /** {@code 01-07-2026 14:00}; empty for null. */
    public String format(Object at) {
        Instant instant = instant(at);
        return instant == null ? "" : DutchTime.format(instant);
    }

    /** {@code 01-07-2026 14:00:05}; empty for null. */
    public String formatWithSeconds(Object at) {
        Instant instant = instant(at);
        return instant == null ? "" : DutchTime.formatWithSeconds(instant);
    }

    private static Instant instant(Object at) {
        if (at == null) {
            return null;
        }
        if (at instanceof Instant instant) {
            return instant;
        }
        if (at instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (at instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new IllegalArgumentException("Not a moment in time: " + at.getClass());
    }
}
