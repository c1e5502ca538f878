package nl.maatstaf.submission;

import nl.maatstaf.catalog.EnrolmentSubmissions;
import org.springframework.stereotype.Component;

/** Tells the enrolments whether an organisation has started on a module (any status counts). */
@Component
class SubmissionsOfEnrolment implements EnrolmentSubmissions {

    private final SubmissionRepository repository;

    SubmissionsOfEnrolment(SubmissionRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean hasSubmission(long organisationId, int year, String moduleCode) {
        return repository.find(organisationId, year, moduleCode).isPresent();
    }
}
