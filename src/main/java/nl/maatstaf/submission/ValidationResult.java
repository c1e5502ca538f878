package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The parsed numbers of a submission with everything validation found. */
record ValidationResult(Map<String, BigDecimal> numbers, List<Finding> errors, List<Finding> warnings) {

    ValidationResult {
        numbers = Collections.unmodifiableMap(numbers);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<Finding> errorsAt(String fieldKey) {
        return errors.stream().filter(f -> f.fieldKey().equals(fieldKey)).toList();
    }

    List<Finding> warningsAt(String fieldKey) {
        return warnings.stream().filter(f -> f.fieldKey().equals(fieldKey)).toList();
    }
}
