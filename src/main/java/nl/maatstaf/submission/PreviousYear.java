package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's figures of the year before: what the more-than-half change warnings compare
 * with and what a new questionnaire may start from. The latest approved version counts; when
 * none is approved yet, the latest submitted version does.
 */
@Component
class PreviousYear {

    private final SubmissionRepository repository;

    PreviousYear(SubmissionRepository repository) {
        this.repository = repository;
    }

    /** The figures of {@code catalog.year() - 1}, if that year has a submitted version. */
    @Transactional(readOnly = true)
    Optional<Figures> of(long organisationId, ModuleCatalog catalog) {
        int year = catalog.year() - 1;
        return repository
                .comparisonVersion(organisationId, year, catalog.code())
                .map(version -> new Figures(
                        year,
                        version.versionNo(),
                        version.reviewStatus() == SubmissionStatus.GOEDGEKEURD,
                        repository.versionValues(version.id()),
                        repository.versionMarkers(version.id())));
    }

    /**
     * @param approved whether the version was approved, or only submitted
     * @param values field key → number, as in the version
     * @param markers field key → "niet bekend" or "n.v.t.", as in the version
     */
    record Figures(
            int year,
            int versionNo,
            boolean approved,
            Map<String, BigDecimal> values,
            Map<String, ValueMarker> markers) {

        Figures {
            values = Map.copyOf(values);
            markers = Map.copyOf(markers);
        }
    }
}
