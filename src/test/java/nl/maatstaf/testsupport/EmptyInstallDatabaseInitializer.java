package nl.maatstaf.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points an empty install at a database of its own: a separate in-memory H2 database, or a
 * separate schema of this run's PostgreSQL database (created by Flyway), so the shared demo
 * database of the other integration tests is never touched.
 */
public class EmptyInstallDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = context.getEnvironment().getProperty("maatstaf.test.empty-install.name", "empty_install");
        if (!name.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException("An empty install's database name is lower-case letters: " + name);
        }
        TestDatabase database = TestDatabase.current();
        String url = database == TestDatabase.H2
                ? "jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
                : database.url() + (database.url().contains("?") ? "&" : "?") + "currentSchema=" + name;
        TestPropertyValues values = TestPropertyValues.of(
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + database.password());
        if (database == TestDatabase.POSTGRESQL) {
            values = values.and("spring.flyway.schemas=" + name, "spring.flyway.create-schemas=true");
        }
        values.applyTo(context);
    }
}
