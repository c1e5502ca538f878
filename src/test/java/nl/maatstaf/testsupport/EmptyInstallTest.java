package nl.maatstaf.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the application started as a production install is: no demo data, one first
 * beheerder from the environment, on a database of its own (its own in-memory H2 database, or its
 * own schema on the PostgreSQL of this run) that starts empty. Each test class names its database
 * with {@code maatstaf.test.empty-install.name} (a TestPropertySource), so two classes never see
 * each other's edition.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailableCondition.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.flyway.clean-disabled=false",
            "maatstaf.demo.enabled=false",
            "maatstaf.admin.username=" + EmptyInstallTest.ADMIN,
            "maatstaf.admin.password=" + EmptyInstallTest.ADMIN_PASSWORD,
            "maatstaf.security.bcrypt-strength=4",
            "MAATSTAF_FORWARD_HEADERS=native"
        })
@ContextConfiguration(initializers = EmptyInstallDatabaseInitializer.class)
@Import(CleanDatabaseConfiguration.class)
public @interface EmptyInstallTest {

    String ADMIN = "bureau";
    String ADMIN_PASSWORD = "Zeven-Gemeenten-Rekenen-2026";
}
