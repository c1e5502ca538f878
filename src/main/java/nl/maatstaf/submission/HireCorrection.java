package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One correction line on a task's inhuurkosten in a submitted version: an amount in whole euros
 * the benchmark does not count, with its kind and the participant's reason.
 */
public record HireCorrection(String taskCode, CorrectionKind kind, BigDecimal amount, String reason) {

    public HireCorrection {
        Objects.requireNonNull(taskCode, "taskCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A correction is a positive amount, not " + amount);
        }
    }
}
