package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One organisation's imported figures for a module after the questionnaire's own validation: the
 * numbers as read, the fields answered "niet bekend" or "n.v.t.", the texts of its text fields, and
 * every error and warning.
 */
public record ImportCheck(
        long organisationId,
        String moduleCode,
        Map<String, BigDecimal> numbers,
        Map<String, ValueMarker> markers,
        Map<String, String> texts,
        List<ImportFinding> findings) {

    public ImportCheck {
        numbers = Map.copyOf(numbers);
        markers = Map.copyOf(markers);
        texts = Map.copyOf(texts);
        findings = List.copyOf(findings);
    }

    public ImportCheck(
            long organisationId, String moduleCode, Map<String, BigDecimal> numbers, List<ImportFinding> findings) {
        this(organisationId, moduleCode, numbers, Map.of(), Map.of(), findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(ImportFinding::error);
    }
}
