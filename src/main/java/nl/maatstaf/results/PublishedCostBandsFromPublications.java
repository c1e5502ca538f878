package nl.maatstaf.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.engine.DisclosureRules;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.TukeyFences;
import nl.maatstaf.submission.PublishedCostBands;
import org.springframework.stereotype.Component;

/**
 * The usual range of the total cost per hoofdfactor for the questionnaire's warning: Tukey's
 * fences over the members of the module's publication of the peiljaar or, failing that, of the
 * year before, rounded to
 * whole euros. Only a frozen publication counts, so typing values cannot reveal anything that
 * changes with other organisations' drafts, approvals or exclusions; and only a publication of at
 * least as many organisations as quartiles need, so the fences are never close to one value.
 */
@Component
class PublishedCostBandsFromPublications implements PublishedCostBands {

    private final CatalogService catalog;
    private final EditionService editions;
    private final PublicationRepository publications;
    private final ResultsService results;

    PublishedCostBandsFromPublications(
            CatalogService catalog,
            EditionService editions,
            PublicationRepository publications,
            ResultsService results) {
        this.catalog = catalog;
        this.editions = editions;
        this.publications = publications;
        this.results = results;
    }

    @Override
    public Optional<Band> usualRange(int year, String moduleCode) {
        List<Integer> years = new ArrayList<>(catalog.years());
        years.sort(null);
        for (int index = years.size() - 1; index >= 0; index--) {
            int candidate = years.get(index);
            // This year's publication, or last year's (what a questionnaire is filled in against);
            // a benchmark of years ago says little about today's costs.
            if (candidate > year || candidate < year - 1) {
                continue;
            }
            Optional<ModuleCatalog> module = catalog.find(candidate, moduleCode);
            Optional<PublicationRepository.Head> publication = publications.latest(candidate, moduleCode);
            if (module.isPresent()
                    && publication.isPresent()
                    && editions.settings(candidate, moduleCode).published()) {
                return band(module.get(), publication.get());
            }
        }
        return Optional.empty();
    }

    private Optional<Band> band(ModuleCatalog module, PublicationRepository.Head publication) {
        EditionBasis basis = results.frozen(module, publication);
        List<BigDecimal> costs = new ArrayList<>();
        for (OrganisationResults participant : results.everyone(basis).values()) {
            participant.comparison().line(FigureId.totalCostPerUnit()).own().ifPresent(costs::add);
        }
        int needed = Math.max(
                DisclosureRules.LOWEST_MINIMUM_SPREAD_SIZE,
                DisclosureRules.forK(basis.settings().minimumReferenceSize()).minimumSpreadSize());
        if (costs.size() < needed) {
            return Optional.empty();
        }
        TukeyFences fences = TukeyFences.of(costs);
        return Optional.of(new Band(
                fences.lower().max(BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP),
                fences.upper().setScale(0, RoundingMode.HALF_UP),
                costs.size(),
                module.year()));
    }
}
