package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.engine.SizeClass;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ResultsMessagesTest {

    @Test
    void everyReferencePolicyIsDescribedInDutch() throws IOException {
        Properties dutch = load("messages/results.properties");
        for (ReferencePolicy policy : ReferencePolicy.values()) {
            assertThat(dutch).containsKey("results.policy." + policy.name());
        }
    }

    @Test
    void everySizeClassIsDescribedInDutch() throws IOException {
        Properties dutch = load("messages/results.properties");
        for (SizeClass sizeClass : SizeClass.values()) {
            assertThat(dutch).containsKey("results.sizeClass." + sizeClass.name());
        }
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
