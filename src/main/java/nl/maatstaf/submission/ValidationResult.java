package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The parsed numbers of a submission with everything validation found.
 *
 * @param markers the fields of part A answered with "niet bekend" or "n.v.t." instead of a number,
 *     including a whole group's marker; such a field is never also in {@code numbers}
 */
record ValidationResult(
        Map<String, BigDecimal> numbers,
        Map<String, ValueMarker> markers,
        List<Finding> errors,
        List<Finding> warnings) {

    ValidationResult {
        numbers = Collections.unmodifiableMap(numbers);
        markers = Collections.unmodifiableMap(markers);
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
