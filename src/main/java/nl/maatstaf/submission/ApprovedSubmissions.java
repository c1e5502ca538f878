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
        Map<Long, Map<String, BigDecimal>> valuesByVersion = valuesOf(year, moduleCode);
        Details details = details(year, moduleCode);
        List<ApprovedSubmission> result = new ArrayList<>(versions.size());
        for (long[] v : versions) {
            result.add(new ApprovedSubmission(
                    v[0],
                    v[1],
                    (int) v[2],
                    valuesByVersion.getOrDefault(v[1], Map.of()),
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
        jdbc.sql("""
                        SELECT v.id, v.version_no, vv.field_key, vv.number_value
                        FROM submission s
                        JOIN submission_version v ON v.submission_id = s.id
                        LEFT JOIN submission_version_value vv ON vv.version_id = v.id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode
                        """).param("year", year).param("moduleCode", moduleCode).query(rs -> {
            long version = rs.getLong(1);
            if (organisationOf.containsKey(version)) {
                numbers.put(version, rs.getInt(2));
                if (rs.getString(3) != null) {
                    values.computeIfAbsent(version, k -> new HashMap<>()).put(rs.getString(3), rs.getBigDecimal(4));
                }
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

    private Map<Long, Map<String, BigDecimal>> valuesOf(int year, String moduleCode) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.sql("""
                        SELECT vv.version_id, vv.field_key, vv.number_value
                        FROM submission_version_value vv
                        JOIN submission_version v ON v.id = vv.version_id
                        JOIN submission s ON s.id = v.submission_id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode AND v.review_status = 'GOEDGEKEURD'
                        """).param("year", year).param("moduleCode", moduleCode).query(rs -> {
            values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
        });
        return values;
    }
}
