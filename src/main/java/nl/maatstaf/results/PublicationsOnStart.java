package nl.maatstaf.results;

import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An edition published before publications were frozen has no snapshot; participants would see
 * only their own figures. At start-up each such edition is frozen as it stands, once, so an
 * upgraded installation keeps showing its published results (and from then on keeps them fixed).
 */
@Component
@Order(20)
class PublicationsOnStart implements ApplicationRunner {

    static final String SYSTEM = "systeem";
    private static final Logger log = LoggerFactory.getLogger(PublicationsOnStart.class);

    private final CatalogService catalog;
    private final EditionService editions;
    private final PublicationRepository repository;
    private final Publications publications;

    PublicationsOnStart(
            CatalogService catalog,
            EditionService editions,
            PublicationRepository repository,
            Publications publications) {
        this.catalog = catalog;
        this.editions = editions;
        this.repository = repository;
        this.publications = publications;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int year : catalog.years()) {
            for (ModuleCatalog module : catalog.forYear(year)) {
                if (editions.settings(year, module.code()).published()
                        && repository.latest(year, module.code()).isEmpty()) {
                    publications.publish(year, module.code(), SYSTEM, "bevroren bij het bijwerken van de installatie");
                    log.info("Published edition {} {} frozen as it stood", year, module.code());
                }
            }
        }
    }
}
