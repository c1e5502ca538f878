package nl.maatstaf.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a draft may be submitted: no errors, an explanation for every warning, a contact
 * person, and (on the page) the confirmation ticked.
 *
 * @param closingProblems message keys of what is missing in the afsluiting step
 */
record Readiness(List<Finding> errors, List<Finding> unexplained, List<String> closingProblems) {

    Readiness {
        errors = List.copyOf(errors);
        unexplained = List.copyOf(unexplained);
        closingProblems = List.copyOf(closingProblems);
    }

    static Readiness of(
            ValidationResult validation,
            Map<String, String> explanations,
            String contactName,
            String contactEmail,
            boolean confirmed) {
        List<Finding> unexplained = new ArrayList<>();
        for (Finding warning : validation.warnings()) {
            String explanation = explanations.get(warning.warningKey());
            if (explanation == null || explanation.isBlank()) {
                unexplained.add(warning);
            }
        }
        List<String> closing = new ArrayList<>();
        if (contactName == null || contactName.isBlank()) {
            closing.add("submission.closing.contactNameMissing");
        }
        if (contactEmail == null || contactEmail.isBlank()) {
            closing.add("submission.closing.contactEmailMissing");
        } else if (!ContactEmail.valid(contactEmail)) {
            closing.add("submission.closing.contactEmailInvalid");
        }
        if (!confirmed) {
            closing.add("submission.closing.notConfirmed");
        }
        return new Readiness(validation.errors(), unexplained, closing);
    }

    boolean submittable() {
        return errors.isEmpty() && unexplained.isEmpty() && closingProblems.isEmpty();
    }
}
