package nl.maatstaf.testsupport;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Every test run starts from an empty schema, so leftovers of an earlier run never matter.
 * Registered by {@link IntegrationTest}'s import alone (its bean method in lite mode), so that the
 * application's component scan never finds it.
 */
public class CleanDatabaseConfiguration {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
