package nl.maatstaf.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/** Every Dutch text has its English translation, for every bundle the application loads. */
class MessageBundlesTest {

    static List<String> bundles() throws IOException {
        String basenames = load("application.properties").getProperty("spring.messages.basename");
        return Arrays.stream(basenames.split(",")).map(String::strip).toList();
    }

    @Test
    void loadsTheBundlesOfEveryModule() throws IOException {
        assertThat(bundles()).contains("messages/common", "messages/submission", "messages/results");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishBundleHasExactlyTheDutchKeys(String bundle) throws IOException {
        Properties dutch = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");

        assertThat(dutch).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
