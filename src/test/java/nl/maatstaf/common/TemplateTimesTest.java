package nl.maatstaf.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thymeleaf's {@code #temporals.format} shows a time in the offset it came with (UTC on
 * PostgreSQL), so a template that formats a time of day with it shows the wrong hour.
 */
class TemplateTimesTest {

    private static final Pattern TIME_OF_DAY_WITH_TEMPORALS = Pattern.compile("#temporals\\.format\\([^\\n]*?'[^']*HH");

    @Test
    void noTemplateFormatsATimeOfDayOtherwiseThanInAmsterdamTime() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            offenders = files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file ->
                            TIME_OF_DAY_WITH_TEMPORALS.matcher(read(file)).find())
                    .map(Path::toString)
                    .toList();
        }

        assertThat(offenders).as("use ${@dutchTime.format(...)}").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
