package nl.maatstaf.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Which database an integration test run uses. Maven runs the integration tests twice: once on
 * the embedded H2 database and once on the local PostgreSQL server.
 */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    private static final String H2_URL =
            "jdbc:h2:mem:maatstaf;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    public static TestDatabase current() {
        return "postgresql".equalsIgnoreCase(System.getProperty("maatstaf.test.database", "h2")) ? POSTGRESQL : H2;
    }

    public String url() {
        return this == H2
                ? H2_URL
                : System.getProperty("maatstaf.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public String user() {
        return this == H2 ? "sa" : System.getProperty("maatstaf.test.postgres.user", "postgres");
    }

    public String password() {
        return this == H2 ? "" : System.getProperty("maatstaf.test.postgres.password", "");
    }

    /** Whether a connection can be opened right now (H2 always can). */
    public boolean isReachable() {
        if (this == H2) {
            return true;
        }
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }
}
