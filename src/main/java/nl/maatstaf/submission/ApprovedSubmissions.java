package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.common.DutchFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to approved data, the only data the benchmark computes with: per organisation the
 * latest approved version of its submission for a module and year.
 */
@Service
public class ApprovedSubmissions {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApprovedSubmissions(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ApprovedSubmission> approved(int year, String moduleCode) {
        List<long[]> versions = jdbc.sql("""
                        SELECT s.organisation_id, v.id, v.version_no
                        FROM submission s
                        JOIN submission_version v ON v.submission_id = s.id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode AND v.review_status = 'GOEDGEKEURD'
                          AND v.version_no = (SELECT MAX(w.version_no) FROM submission_version w
                                              WHERE w.submission_id = s.id AND w.review_status = 'GOEDGEKEURD')
                        ORDER BY s.organisation_id
                        """)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list();
        Map<Long, Map<String, BigDecimal>> valuesByVersion = new HashMap<>();
        Map<Long, Map<String, ValueMarker>> markersByVersion = new HashMap<>();
        valuesOf(year, moduleCode, valuesByVersion, markersByVersion);
        Map<Long, Map<String, String>> textsByVersion = textsOf(year, moduleCode);
        Details details = details(year, moduleCode);
        List<ApprovedSubmission> result = new ArrayList<>(versions.size());
        for (long[] v : versions) {
            result.add(new ApprovedSubmission(
                    v[0],
                    v[1],
                    (int) v[2],
                    valuesByVersion.getOrDefault(v[1], Map.of()),
                    markersByVersion.getOrDefault(v[1], Map.of()),
                    textsByVersion.getOrDefault(v[1], Map.of()),
                    details.bases().getOrDefault(v[1], SubmissionBasis.BUDGET),
                    details.corrections().getOrDefault(v[1], List.of())));
        }
        return result;
    }

    /**
     * Exactly these versions of a module and year, whatever has been approved since: what a
     * publication froze. Versions are immutable, so the figures are those of the moment it was made.
     *
     * @param versionIds by organisation id
     */
    @Transactional(readOnly = true)
    public List<ApprovedSubmission> versions(int year, String moduleCode, Map<Long, Long> versionIds) {
        Map<Long, Long> organisationOf = new HashMap<>();
        versionIds.forEach((organisation, version) -> organisationOf.put(version, organisation));
        Map<Long, Integer> numbers = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        Map<Long, Map<String, ValueMarker>> markers = new HashMap<>();
        jdbc.sql("""
                        SELECT v.id, v.version_no, vv.field_key, vv.number_value, vv.marker
                        FROM submission s
                        JOIN submission_version v ON v.submission_id = s.id
                        LEFT JOIN submission_version_value vv ON vv.version_id = v.id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode
                        """).param("year", year).param("moduleCode", moduleCode).query(rs -> {
            long version = rs.getLong(1);
            if (organisationOf.containsKey(version)) {
                numbers.put(version, rs.getInt(2));
                if (rs.getString(3) != null) {
                    put(version, rs.getString(3), rs.getBigDecimal(4), rs.getString(5), values, markers);
                }
            }
        });
        Map<Long, Map<String, String>> texts = new HashMap<>();
        jdbc.sql("""
                        SELECT vt.version_id, vt.field_key, vt.text_value
                        FROM submission_version_text vt
                        JOIN submission_version v ON v.id = vt.version_id
                        JOIN submission s ON s.id = v.submission_id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode
                        """).param("year", year).param("moduleCode", moduleCode).query(rs -> {
            if (organisationOf.containsKey(rs.getLong(1))) {
                texts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        });
        Details details = details(year, moduleCode);
        List<ApprovedSubmission> result = new ArrayList<>(versionIds.size());
        versionIds.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Integer number = numbers.get(entry.getValue());
            if (number != null) {
                result.add(new ApprovedSubmission(
                        entry.getKey(),
                        entry.getValue(),
                        number,
                        values.getOrDefault(entry.getValue(), Map.of()),
                        markers.getOrDefault(entry.getValue(), Map.of()),
                        texts.getOrDefault(entry.getValue(), Map.of()),
                        details.bases().getOrDefault(entry.getValue(), SubmissionBasis.BUDGET),
                        details.corrections().getOrDefault(entry.getValue(), List.of())));
            }
        });
        return result;
    }

    @Transactional(readOnly = true)
    public Optional<ApprovedSubmission> approvedOf(long organisationId, int year, String moduleCode) {
        return approved(year, moduleCode).stream()
                .filter(a -> a.organisationId() == organisationId)
                .findFirst();
    }

    /**
     * The explanations the participant gave with an approved version for its warnings, in the
     * order of their warning keys; none for a version that is not approved. Versions are immutable,
     * so these are the explanations of the figures that version holds.
     */
    @Transactional(readOnly = true)
    public List<VersionExplanation> explanationsOf(long versionId) {
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("""
                        SELECT e.warning_key, e.explanation
                        FROM submission_version_explanation e
                        JOIN submission_version v ON v.id = e.version_id
                        WHERE e.version_id = :id AND v.review_status = 'GOEDGEKEURD'
                        """).param("id", versionId).query(rs -> {
            stored.put(rs.getString(1), rs.getString(2));
        });
        List<VersionExplanation> explanations = new ArrayList<>();
        new TreeMap<>(Finding.currentExplanations(stored)).forEach((key, text) -> {
            int colon = key.indexOf(':');
            if (colon > 0 && text != null && !text.isBlank()) {
                explanations.add(new VersionExplanation(key, key.substring(colon + 1), text.strip()));
            }
        });
        return explanations;
    }

    /**
     * A fingerprint of the approved set of a module and year. It changes whenever a version is
     * approved or a new version supersedes an approved one, so a cache keyed on it is never stale,
     * not even with several application instances.
     */
    @Transactional(readOnly = true)
    public String fingerprint(int year, String moduleCode) {
        return jdbc.sql("""
                        SELECT COUNT(*) || ':' || COALESCE(MAX(v.id), 0) || ':' || COALESCE(SUM(v.id), 0)
                        FROM submission s JOIN submission_version v ON v.submission_id = s.id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode AND v.review_status = 'GOEDGEKEURD'
                        """)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .query(String.class)
                .single();
    }

    /**
     * Stores figures that arrive already checked and approved (demo data, later bulk imports) as
     * an approved version 1, with the same audit trail as a reviewed submission.
     */
    @Transactional
    public long storeApproved(
            long organisationId, int year, String moduleCode, Map<String, BigDecimal> values, String username) {
        return storeApproved(organisationId, year, moduleCode, values, Map.of(), Map.of(), username);
    }

    /**
     * As {@link #storeApproved(long, int, String, Map, String)}, with the fields of part A that
     * are "niet bekend" or "n.v.t." instead of a number, and texts such as a cooperation's
     * description of the capacity at its member municipalities.
     */
    @Transactional
    public long storeApproved(
            long organisationId,
            int year,
            String moduleCode,
            Map<String, BigDecimal> values,
            Map<String, ValueMarker> markers,
            Map<String, String> texts,
            String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        KeyHolder submissionKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO submission (organisation_id, peiljaar, module_code, status, lock_version, updated_at,
                                                updated_by)
                        VALUES (:organisationId, :year, :moduleCode, 'GOEDGEKEURD', 0, :at, :username)
                        """)
                .param("organisationId", organisationId)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .param("at", now)
                .param("username", username)
                .update(submissionKey, "id");
        long submissionId = Objects.requireNonNull(submissionKey.getKey()).longValue();
        Map<String, BigDecimal> sorted = new LinkedHashMap<>(values);
        for (Map.Entry<String, BigDecimal> value : sorted.entrySet()) {
            jdbc.sql("""
                            INSERT INTO submission_value (submission_id, field_key, raw_value, number_value)
                            VALUES (:id, :key, :raw, :number)
                            """)
                    .param("id", submissionId)
                    .param("key", value.getKey())
                    .param("raw", DutchFormat.forInput(value.getValue()))
                    .param("number", value.getValue())
                    .update();
        }
        for (Map.Entry<String, String> text : new LinkedHashMap<>(texts).entrySet()) {
            jdbc.sql("""
                            INSERT INTO submission_value (submission_id, field_key, raw_value, number_value)
                            VALUES (:id, :key, :raw, NULL)
                            """)
                    .param("id", submissionId)
                    .param("key", text.getKey())
                    .param("raw", text.getValue())
                    .update();
        }
        KeyHolder versionKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO submission_version (submission_id, version_no, submitted_at, submitted_by,
                                                        review_status, reviewed_at, reviewed_by)
                        VALUES (:id, 1, :at, :username, 'GOEDGEKEURD', :at, :username)
                        """)
                .param("id", submissionId)
                .param("at", now)
                .param("username", username)
                .update(versionKey, "id");
        long versionId = Objects.requireNonNull(versionKey.getKey()).longValue();
        for (Map.Entry<String, BigDecimal> value : sorted.entrySet()) {
            jdbc.sql("""
                            INSERT INTO submission_version_value (version_id, field_key, number_value)
                            VALUES (:versionId, :key, :number)
                            """)
                    .param("versionId", versionId)
                    .param("key", value.getKey())
                    .param("number", value.getValue())
                    .update();
        }
        for (Map.Entry<String, ValueMarker> marker : new TreeMap<>(markers).entrySet()) {
            jdbc.sql("""
                            INSERT INTO submission_value (submission_id, field_key, raw_value)
                            VALUES (:id, :key, :raw)
                            """)
                    .param("id", submissionId)
                    .param("key", marker.getKey())
                    .param("raw", marker.getValue().shown())
                    .update();
            jdbc.sql("""
                            INSERT INTO submission_version_value (version_id, field_key, marker)
                            VALUES (:versionId, :key, :marker)
                            """)
                    .param("versionId", versionId)
                    .param("key", marker.getKey())
                    .param("marker", marker.getValue().name())
                    .update();
        }
        for (Map.Entry<String, String> text : new LinkedHashMap<>(texts).entrySet()) {
            jdbc.sql("""
                            INSERT INTO submission_version_text (version_id, field_key, text_value)
                            VALUES (:versionId, :key, :text)
                            """)
                    .param("versionId", versionId)
                    .param("key", text.getKey())
                    .param("text", text.getValue())
                    .update();
        }
        audit.record(AuditEntry.action(
                username,
                organisationId,
                "GOEDGEKEURD_GELADEN",
                SubmissionService.AUDIT_ENTITY,
                String.valueOf(submissionId)));
        return submissionId;
    }

    /** The basis and correction lines of every version of a module and year, by version id. */
    private record Details(Map<Long, SubmissionBasis> bases, Map<Long, List<HireCorrection>> corrections) {}

    private Details details(int year, String moduleCode) {
        Map<Long, SubmissionBasis> bases = new HashMap<>();
        jdbc.sql("""
                        SELECT v.id, v.basis, v.peildatum
                        FROM submission_version v JOIN submission s ON s.id = v.submission_id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode AND v.basis <> 'BEGROTING'
                        """).param("year", year).param("moduleCode", moduleCode).query(rs -> {
            bases.put(rs.getLong(1), VersionDetails.basis(rs.getString(2), rs.getObject(3, LocalDate.class)));
        });
        Map<Long, List<HireCorrection>> corrections = new HashMap<>();
        jdbc.sql("""
                        SELECT c.version_id, c.task_code, c.kind, c.amount, c.reason
                        FROM submission_version_correction c
                        JOIN submission_version v ON v.id = c.version_id
                        JOIN submission s ON s.id = v.submission_id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode
                        ORDER BY c.version_id, c.task_code, c.line_no
                        """).param("year", year).param("moduleCode", moduleCode).query(rs -> {
            corrections
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new HireCorrection(
                            rs.getString(2),
                            CorrectionKind.valueOf(rs.getString(3)),
                            rs.getBigDecimal(4),
                            rs.getString(5)));
        });
        return new Details(bases, corrections);
    }

    private Map<Long, Map<String, String>> textsOf(int year, String moduleCode) {
        Map<Long, Map<String, String>> texts = new HashMap<>();
        jdbc.sql("""
                        SELECT vt.version_id, vt.field_key, vt.text_value
                        FROM submission_version_text vt
                        JOIN submission_version v ON v.id = vt.version_id
                        JOIN submission s ON s.id = v.submission_id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode AND v.review_status = 'GOEDGEKEURD'
                        """).param("year", year).param("moduleCode", moduleCode).query(rs -> {
            texts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
        });
        return texts;
    }

    private void valuesOf(
            int year,
            String moduleCode,
            Map<Long, Map<String, BigDecimal>> values,
            Map<Long, Map<String, ValueMarker>> markers) {
        jdbc.sql("""
                        SELECT vv.version_id, vv.field_key, vv.number_value, vv.marker
                        FROM submission_version_value vv
                        JOIN submission_version v ON v.id = vv.version_id
                        JOIN submission s ON s.id = v.submission_id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode AND v.review_status = 'GOEDGEKEURD'
                        """).param("year", year).param("moduleCode", moduleCode).query(rs -> {
            put(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), values, markers);
        });
    }

    /** A stored value is a number or a marker, never both (a database constraint says so too). */
    private static void put(
            long version,
            String fieldKey,
            BigDecimal number,
            String marker,
            Map<Long, Map<String, BigDecimal>> values,
            Map<Long, Map<String, ValueMarker>> markers) {
        if (marker != null) {
            markers.computeIfAbsent(version, k -> new HashMap<>()).put(fieldKey, ValueMarker.valueOf(marker));
        } else if (number != null) {
            values.computeIfAbsent(version, k -> new HashMap<>()).put(fieldKey, number);
        }
    }
}
