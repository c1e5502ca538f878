package nl.maatstaf.submission;

import java.util.Set;
import java.util.stream.Collectors;
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

    @Override
    public Set<Long> organisationsWithSubmission(int year, String moduleCode) {
        return repository.ofYear(year).stream()
                .filter(row -> row.moduleCode().equals(moduleCode))
                .map(SubmissionRow::organisationId)
                .collect(Collectors.toSet());
    }
}
