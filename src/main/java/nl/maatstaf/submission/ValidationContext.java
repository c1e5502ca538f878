package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What validation compares a submission with besides its own figures.
 *
 * @param previousYear the organisation's figures of the year before (approved, else latest submitted), if any
 * @param previousYearNumber that year, for the messages
 * @param referenceRange cost per hoofdfactor of approved other participants (only with enough of them)
 */
record ValidationContext(
        Optional<Map<String, BigDecimal>> previousYear,
        int previousYearNumber,
        Optional<ReferenceRange> referenceRange,
        int minimumReferenceSize) {

    /** The platform's default k; the application passes the configured one. */
    static final int DEFAULT_MINIMUM_REFERENCE_SIZE = 5;

    ValidationContext(
            Optional<Map<String, BigDecimal>> previousYear,
            int previousYearNumber,
            Optional<ReferenceRange> referenceRange) {
        this(previousYear, previousYearNumber, referenceRange, DEFAULT_MINIMUM_REFERENCE_SIZE);
    }

    static ValidationContext none() {
        return new ValidationContext(Optional.empty(), 0, Optional.empty());
    }
}
