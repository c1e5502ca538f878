package nl.maatstaf.registration;

import java.util.List;

/** The forms of the registration pages, bound as text so bad input gets a message at its field. */
final class RegistrationForms {

    private RegistrationForms() {}

    /** Enrol one organisation in the chosen modules. */
    record EnrolForm(String organisationId, List<String> modules) {}

    /** Enrol the organisations of a pasted list (or uploaded file) in the chosen modules. */
    record EnrolListForm(String codes, List<String> modules) {}

    /** The beheerder's reason for declining an application. */
    record DeclineForm(String reason) {}

    /** An organisation's application for a module of an open peiljaar. */
    record ApplyForm(String year, String module, String remark) {}
}
