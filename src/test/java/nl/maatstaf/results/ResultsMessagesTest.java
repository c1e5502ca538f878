package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ResultsMessagesTest {

    @Test
    void everyReferencePolicyIsDescribedInDutch() throws IOException {
        assertThat(load("messages/results.properties")).containsKey("results.policy." + AllApprovedParticipants.CODE);
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
