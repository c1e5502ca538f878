package nl.maatstaf.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.maatstaf.catalog.EnrolmentApplications;

/**
 * The forms of the registration pages, bound as text so bad input gets a message at its field.
 * The checks that need no lookup are declared here; the messages come from the registration bundle.
 */
final class RegistrationForms {

    private RegistrationForms() {}

    /** Enrol one organisation in the chosen modules. */
    record EnrolForm(
            @NotBlank(message = "{registration.error.organisation}")
            String organisationId,

            @NotEmpty(message = "{registration.error.modules}")
            List<String> modules) {}

    /** Enrol the organisations of a pasted list (or uploaded file) in the chosen modules. */
    record EnrolListForm(
            String codes,

            @NotEmpty(message = "{registration.error.modules}")
            List<String> modules) {}

    /** The beheerder's reason for declining an application; the organisation sees it. */
    record DeclineForm(
            @NotBlank(message = "{registration.error.reasonRequired}")
            @Size(max = EnrolmentApplications.MAX_TEXT_LENGTH, message = "{registration.error.textTooLong}")
            String reason) {}

    /** An organisation's application for a module of an open peiljaar. */
    record ApplyForm(
            String year,
            String module,

            @Size(max = EnrolmentApplications.MAX_TEXT_LENGTH, message = "{registration.error.textTooLong}")
            String remark) {}
}
