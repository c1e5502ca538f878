package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SubmissionMessagesTest {

    @Test
    void everyValidationRuleHasADutchMessage() throws IOException {
        Properties dutch = load("messages/submission.properties");
        String[] rules = {
            "unreadable",
            "negative",
            "yesNo",
            "tooLarge",
            "notWhole",
            "fteDerdenAboveFte",
            "opbrengstenWithoutFteDerden",
            "hoofdfactorMissing",
            "hoofdfactorZero",
            "requiredMissing",
            "wagePerFte",
            "fteWithoutWages",
            "wagesWithoutFte",
            "netCostChange",
            "netFteChange",
            "hoofdfactorChange",
            "costPerUnitRange"
        };

        for (String rule : rules) {
            assertThat(dutch.getProperty("submission.rule." + rule)).as(rule).isNotBlank();
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SubmissionMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
