package nl.maatstaf.submission;

import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;

/** Whose questionnaire of which module and year a request is about, after access was checked. */
record SubmissionTarget(Organisation organisation, Questionnaire questionnaire) {

    ModuleCatalog catalog() {
        return questionnaire.catalog();
    }

    long organisationId() {
        return organisation.id();
    }
}
