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
 * A test against the running application over real HTTP, on the database of this run (H2 or
 * PostgreSQL), with the demo data loaded. All integration tests share one application context,
 * so tests that change data use their own organisation or peiljaar (see {@link TestData}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailableCondition.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.flyway.clean-disabled=false",
            "maatstaf.demo.enabled=true",
            "maatstaf.security.bcrypt-strength=4",
            "spring.thymeleaf.cache=true",
            // The browser journeys see the questionnaire's background save without waiting half a minute.
            "maatstaf.questionnaire.autosave-interval=2s",
            // The tests stand behind a trusted proxy on 127.0.0.1 (see docs/running.md), so a test
            // can act from a source address of its own and as if over TLS.
            "MAATSTAF_FORWARD_HEADERS=native"
        })
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailServer.Initializer.class})
@Import({CleanDatabaseConfiguration.class, TestData.class})
public @interface IntegrationTest {}
