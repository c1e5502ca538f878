package nl.maatstaf.submission;

import java.util.Optional;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.stereotype.Component;

/**
 * Gathers what validation compares with: last year's figures (approved, or else the latest
 * submitted, see {@link PreviousYear}) and the published usual range of the cost per hoofdfactor.
 */
@Component
class ValidationContexts {

    private final ApprovedSubmissions approved;
    private final CatalogService catalogs;
    private final PreviousYear previousYear;
    private final PublishedCostBands bands;

    ValidationContexts(
            ApprovedSubmissions approved,
            CatalogService catalogs,
            PreviousYear previousYear,
            PublishedCostBands bands) {
        this.approved = approved;
        this.catalogs = catalogs;
        this.previousYear = previousYear;
        this.bands = bands;
    }

    ValidationContext forOrganisation(long organisationId, ModuleCatalog catalog) {
        return new ValidationContext(
                previousYear.of(organisationId, catalog).map(PreviousYear.Figures::values),
                catalog.year() - 1,
                referenceRange(catalog),
                catalogs.kMinimum());
    }

    /** The published usual range: never other organisations' live figures. */
    Optional<ReferenceRange> referenceRange(ModuleCatalog catalog) {
        return bands.usualRange(catalog.year(), catalog.code()).map(ReferenceRange::of);
    }
}
