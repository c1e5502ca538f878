package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionReadinessTest {

    private static final Finding WARNING = Finding.warning("wagePerFte", "A.KCC.loonkosten", "A.KCC", "€ 200.000");
    private static final Finding ERROR = Finding.error("negative", "A.KCC.fte", "−1");

    private static ValidationResult withWarning() {
        return new ValidationResult(Map.of(), Map.of(), List.of(), List.of(WARNING));
    }

    @Test
    void isSubmittableWithExplainedWarningsContactAndConfirmation() {
        Readiness readiness = Readiness.of(
                withWarning(), Map.of("wagePerFte:A.KCC", "Senior staf."), "Anna", "anna@example.nl", true);

        assertThat(readiness.submittable()).isTrue();
    }

    @Test
    void blocksAWarningWithoutExplanation() {
        Readiness readiness =
                Readiness.of(withWarning(), Map.of("wagePerFte:A.KCC", "  "), "Anna", "anna@example.nl", true);

        assertThat(readiness.unexplained()).containsExactly(WARNING);
        assertThat(readiness.submittable()).isFalse();
    }

    @Test
    void blocksErrors() {
        Readiness readiness = Readiness.of(
                new ValidationResult(Map.of(), Map.of(), List.of(ERROR), List.of()),
                Map.of(),
                "Anna",
                "anna@example.nl",
                true);

        assertThat(readiness.submittable()).isFalse();
    }

    @Test
    void requiresAContactPersonWithAValidEmailAddress() {
        Readiness readiness = Readiness.of(withWarning(), Map.of("wagePerFte:A.KCC", "ok"), " ", "geen-adres", true);

        assertThat(readiness.closingProblems())
                .containsExactly("submission.closing.contactNameMissing", "submission.closing.contactEmailInvalid");
    }

    @Test
    void requiresTheConfirmation() {
        Readiness readiness = Readiness.of(
                new ValidationResult(Map.of(), Map.of(), List.of(), List.of()),
                Map.of(),
                "Anna",
                "anna@example.nl",
                false);

        assertThat(readiness.closingProblems()).containsExactly("submission.closing.notConfirmed");
    }
}
