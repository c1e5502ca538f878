package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The change warnings say what triggers them: the relative limit and the absolute minimum. */
class ChangeWarningMessagesTest {

    private static final Questionnaire WMO = Catalogs.questionnaire("WMO", 2030);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final FindingMessages MESSAGES = new FindingMessages(messages());

    @Test
    void theNetCostWarningNamesTheLimitAndTheMinimumInEuros() {
        String message = shown(
                "netCostChange",
                Map.of("A.KCC.fte", new BigDecimal("1.5"), "A.KCC.loonkosten", new BigDecimal("90000")),
                DUTCH);

        assertThat(message)
                .isEqualTo(
                        "Klantcontactcentrum (KCC): de netto kosten veranderen +66,7% ten opzichte van uw aanlevering"
                                + " over 2029 (van € 90.000 naar € 150.000). U ziet deze waarschuwing omdat de verandering"
                                + " meer dan 50% is én ten minste € 25.000 bedraagt.");
    }

    @Test
    void theNetFteWarningNamesTheMinimumInFte() {
        String message = shown(
                "netFteChange",
                Map.of("A.KCC.fte", new BigDecimal("5"), "A.KCC.loonkosten", new BigDecimal("150000")),
                DUTCH);

        assertThat(message).endsWith("meer dan 50% is én ten minste 0,5 fte bedraagt.");
    }

    @Test
    void theHoofdfactorWarningNamesTheMinimumInUnits() {
        String message = shown(
                "hoofdfactorChange",
                Map.of(
                        "A.KCC.fte", new BigDecimal("2"),
                        "A.KCC.loonkosten", new BigDecimal("150000"),
                        "B.BESCHIKKINGEN", new BigDecimal("3000")),
                DUTCH);

        assertThat(message).endsWith("meer dan 50% is én ten minste 10 bedraagt.");
    }

    @Test
    void theEnglishTextNamesTheSameLimits() {
        String message = shown(
                "netCostChange",
                Map.of("A.KCC.fte", new BigDecimal("1.5"), "A.KCC.loonkosten", new BigDecimal("90000")),
                Locale.ENGLISH);

        assertThat(message).endsWith("because the change is more than 50% and at least € 25.000.");
    }

    private static String shown(String rule, Map<String, BigDecimal> previousYear, Locale locale) {
        Map<String, String> raw = Map.of(
                "A.KCC.fte", "2",
                "A.KCC.loonkosten", "150.000",
                "B.BESCHIKKINGEN", "1.200",
                "B.CLIENTEN", "950");
        ValidationContext context = new ValidationContext(Optional.of(previousYear), 2029, Optional.empty());
        List<Finding> warnings = SubmissionValidator.validate(WMO, raw, context).warnings();
        Finding warning = warnings.stream()
                .filter(f -> f.rule().equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + rule + " among " + warnings));
        return MESSAGES.show(WMO, warning, locale).message();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/submission");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
