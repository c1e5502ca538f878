package nl.maatstaf.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run of the integration tests on a developer machine without a reachable
 * PostgreSQL, and says so loudly. On CI (environment variable CI set) nothing is skipped: a
 * missing database fails the build.
 */
public class DatabaseAvailableCondition implements ExecutionCondition {

    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        TestDatabase database = TestDatabase.current();
        if (database == TestDatabase.H2 || System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("database " + database);
        }
        if (reachable == null) {
            reachable = database.isReachable();
            if (!reachable) {
                System.err.println("*** PostgreSQL is not reachable at " + database.url()
                        + ": the PostgreSQL run of the integration tests is SKIPPED. ***");
            }
        }
        return reachable
                ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + database.url() + "; skipped");
    }
}
