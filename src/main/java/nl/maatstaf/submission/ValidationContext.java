package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What validation compares a submission with besides its own figures.
 *
 * @param previousYear the organisation's approved figures of the year before, if any
 * @param previousYearNumber that year, for the messages
 * @param referenceRange cost per hoofdfactor of approved other participants (only with enough of them)
 */
record ValidationContext(
        Optional<Map<String, BigDecimal>> previousYear,
        int previousYearNumber,
        Optional<ReferenceRange> referenceRange) {

    static ValidationContext none() {
        return new ValidationContext(Optional.empty(), 0, Optional.empty());
    }
}
