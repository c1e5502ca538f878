package nl.maatstaf.edition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A submission deadline as typed: the ISO form a date field sends ({@code 2026-04-01}) or the
 * Dutch form ({@code 1-4-2026}, {@code 01-04-2026}). Blank means no deadline.
 */
final class DeadlineText {

    /** Dutch day, month and year, shown back in forms and on the status page. */
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT);

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DUTCH_TEXT = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final DateTimeFormatter STRICT_ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** Years a deadline can sensibly fall in; anything else is a typing error. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2999;

    private DeadlineText() {}

    /** The parsed result: {@code valid} false when the text is no date. */
    record Parsed(boolean valid, LocalDate date) {}

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(true, null);
        }
        String stripped = text.strip();
        Optional<LocalDate> date = iso(stripped).or(() -> dutch(stripped));
        return date.filter(d -> d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR)
                .map(d -> new Parsed(true, d))
                .orElse(new Parsed(false, null));
    }

    /** Only the ISO form: what the API accepts. */
    static Parsed parseIso(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(true, null);
        }
        return iso(text.strip())
                .filter(d -> d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR)
                .map(d -> new Parsed(true, d))
                .orElse(new Parsed(false, null));
    }

    static String dutch(LocalDate date) {
        return date == null ? "" : DUTCH.format(date);
    }

    private static Optional<LocalDate> iso(String text) {
        if (!ISO.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, STRICT_ISO));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dutch(String text) {
        Matcher m = DUTCH_TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
