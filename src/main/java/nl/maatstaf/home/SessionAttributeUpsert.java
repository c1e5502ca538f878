package nl.maatstaf.home;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The first requests of a new session often arrive together (a browser with several tabs, or a
 * page and its background save right after login), and each stores the same new attribute, such
 * as the CSRF token. The session store inserts such an attribute with a plain INSERT, so all but
 * one of them failed on the attribute's primary key and answered 500. Storing an attribute as an
 * upsert lets the last write win, which is what a session attribute means anyway.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpsert {

    private static final String POSTGRESQL = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    private static final String H2 = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAsUpsert(DataSource dataSource) {
        String query = switch (databaseProduct(dataSource)) {
            case "postgresql" -> POSTGRESQL;
            case "h2" -> H2;
            default -> null;
        };
        return repository -> {
            if (query != null) {
                repository.setCreateSessionAttributeQuery(query);
            }
        };
    }

    private static String databaseProduct(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The database cannot be reached at start-up", e);
        }
    }
}
