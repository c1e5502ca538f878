package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.stereotype.Component;

/**
 * Gathers what validation compares with: last year's figures (approved, or else the latest
 * submitted, see {@link PreviousYear}) and the approved peers.
 */
@Component
class ValidationContexts {

    private final ApprovedSubmissions approved;
    private final CatalogService catalogs;
    private final PreviousYear previousYear;

    ValidationContexts(ApprovedSubmissions approved, CatalogService catalogs, PreviousYear previousYear) {
        this.approved = approved;
        this.catalogs = catalogs;
        this.previousYear = previousYear;
    }

    ValidationContext forOrganisation(long organisationId, ModuleCatalog catalog) {
        return new ValidationContext(
                previousYear.of(organisationId, catalog).map(PreviousYear.Figures::values),
                catalog.year() - 1,
                referenceRange(organisationId, catalog),
                catalogs.kMinimum());
    }

    // Only the other organisations count: your own earlier figures would pull the range towards you.
    private Optional<ReferenceRange> referenceRange(long organisationId, ModuleCatalog catalog) {
        List<BigDecimal> costs = new ArrayList<>();
        for (ApprovedSubmission other : approved.approved(catalog.year(), catalog.code())) {
            if (other.organisationId() != organisationId) {
                NetFigures.costPerHoofdfactor(catalog, other.values()).ifPresent(costs::add);
            }
        }
        if (costs.size() < catalogs.kMinimum()) {
            return Optional.empty();
        }
        BigDecimal minimum = costs.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal maximum = costs.stream().max(BigDecimal::compareTo).orElseThrow();
        return Optional.of(new ReferenceRange(minimum, maximum, costs.size()));
    }
}
