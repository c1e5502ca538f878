package nl.maatstaf.submission;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working draft of one organisation, module and year as it is stored now, with its versions.
 * A draft nobody saved yet has no row: it is "niet gestart", lock version 0.
 */
record Draft(
        Optional<SubmissionRow> row,
        Map<String, StoredValue> values,
        Map<String, String> explanations,
        List<VersionRow> versions,
        DraftDetails details) {

    Draft(
            Optional<SubmissionRow> row,
            Map<String, StoredValue> values,
            Map<String, String> explanations,
            List<VersionRow> versions) {
        this(row, values, explanations, versions, DraftDetails.NONE);
    }

    Draft {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
        versions = List.copyOf(versions);
        details = details == null ? DraftDetails.NONE : details;
    }

    static Draft notStarted() {
        return new Draft(Optional.empty(), Map.of(), Map.of(), List.of());
    }

    /** Null while nothing was saved. */
    SubmissionStatus status() {
        return row.map(SubmissionRow::status).orElse(null);
    }

    int lockVersion() {
        return row.map(SubmissionRow::lockVersion).orElse(0);
    }

    boolean editable() {
        return row.map(r -> r.status().editable()).orElse(true);
    }

    Map<String, String> raw() {
        Map<String, String> raw = new LinkedHashMap<>();
        values.forEach((key, value) -> raw.put(key, value.raw()));
        return raw;
    }

    Optional<VersionRow> latestVersion() {
        return versions.stream().findFirst();
    }

    String contactName() {
        return row.map(SubmissionRow::contactName).orElse(null);
    }

    String contactEmail() {
        return row.map(SubmissionRow::contactEmail).orElse(null);
    }

    String remarks() {
        return row.map(SubmissionRow::remarks).orElse(null);
    }
}
