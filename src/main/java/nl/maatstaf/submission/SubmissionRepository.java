package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plain SQL over the submission tables (V2, texts of versions V18); callers own the transactions. */
@Repository
class SubmissionRepository {

    /** NUMERIC(24, 6) holds 18 integer digits; larger numbers are kept as raw text only. */
    private static final BigDecimal STORABLE_LIMIT = new BigDecimal("1E17");

    private static final String SUBMISSION_COLUMNS = """
            id, organisation_id, peiljaar, module_code, status, lock_version, contact_name, contact_email,
            remarks, updated_at, updated_by
            """;
    private static final String VERSION_COLUMNS = """
            id, submission_id, version_no, submitted_at, submitted_by, contact_name, contact_email, remarks,
            review_status, review_remark, reviewed_at, reviewed_by
            """;

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SubmissionRow> find(long organisationId, int year, String moduleCode) {
        return jdbc.sql(
                        "SELECT " + SUBMISSION_COLUMNS
                                + " FROM submission WHERE organisation_id = :org AND peiljaar = :year AND module_code = :module")
                .param("org", organisationId)
                .param("year", year)
                .param("module", moduleCode)
                .query(SubmissionRow.class)
                .optional();
    }

    Optional<SubmissionRow> find(long submissionId) {
        return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submission WHERE id = :id")
                .param("id", submissionId)
                .query(SubmissionRow.class)
                .optional();
    }

    List<SubmissionRow> ofYear(int year) {
        return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submission WHERE peiljaar = :year")
                .param("year", year)
                .query(SubmissionRow.class)
                .list();
    }

    /** A submission's status with the outcome and remark of its latest version, if any. */
    record ProgressRow(String moduleCode, SubmissionStatus status, SubmissionStatus lastReview, String lastRemark) {}

    /** Every module of one organisation and year in one statement, for the start page. */
    List<ProgressRow> progressOf(long organisationId, int year) {
        return jdbc.sql("""
                        SELECT s.module_code, s.status, v.review_status, v.review_remark
                        FROM submission s
                        LEFT JOIN submission_version v ON v.submission_id = s.id
                            AND v.version_no = (SELECT MAX(w.version_no) FROM submission_version w
                                                WHERE w.submission_id = s.id)
                        WHERE s.organisation_id = :org AND s.peiljaar = :year
                        ORDER BY s.module_code
                        """)
                .param("org", organisationId)
                .param("year", year)
                .query((rs, n) -> new ProgressRow(
                        rs.getString(1),
                        SubmissionStatus.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : SubmissionStatus.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .list();
    }

    void insert(long organisationId, int year, String moduleCode, OffsetDateTime at, String username) {
        jdbc.sql("""
                        INSERT INTO submission (organisation_id, peiljaar, module_code, status, lock_version, updated_at,
                                                updated_by)
                        VALUES (:org, :year, :module, 'CONCEPT', 0, :at, :username)
                        """)
                .param("org", organisationId)
                .param("year", year)
                .param("module", moduleCode)
                .param("at", at)
                .param("username", username)
                .update();
    }

    /**
     * Claims the draft for one save: succeeds only when nobody saved since {@code expectedLock}
     * was read and the draft is editable. The row lock taken here serialises concurrent saves.
     */
    boolean claimForEdit(long id, int expectedLock, OffsetDateTime at, String username) {
        return jdbc.sql("""
                                UPDATE submission SET lock_version = lock_version + 1, updated_at = :at, updated_by = :username
                                WHERE id = :id AND lock_version = :expected AND status IN ('CONCEPT', 'TERUGGESTUURD')
                                """)
                        .param("id", id)
                        .param("expected", expectedLock)
                        .param("at", at)
                        .param("username", username)
                        .update()
                == 1;
    }

    /** Moves the status on from {@code from}; false when someone else moved it first. */
    boolean changeStatus(long id, SubmissionStatus from, SubmissionStatus to, OffsetDateTime at, String username) {
        return jdbc.sql("""
                                UPDATE submission SET status = :to, lock_version = lock_version + 1, updated_at = :at,
                                                      updated_by = :username
                                WHERE id = :id AND status = :from
                                """)
                        .param("id", id)
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("at", at)
                        .param("username", username)
                        .update()
                == 1;
    }

    void updateClosing(long id, String contactName, String contactEmail, String remarks) {
        jdbc.sql("""
                        UPDATE submission SET contact_name = :name, contact_email = :email, remarks = :remarks
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("name", contactName)
                .param("email", contactEmail)
                .param("remarks", remarks)
                .update();
    }

    /** The basis, peildatum as typed and correction lines of a draft. */
    DraftDetails details(long submissionId) {
        String[] basis = jdbc.sql("SELECT basis, peildatum_raw FROM submission WHERE id = :id")
                .param("id", submissionId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .orElse(new String[2]);
        List<DraftDetails.Line> lines = jdbc.sql("""
                        SELECT task_code, kind, amount_raw, reason FROM submission_correction
                        WHERE submission_id = :id ORDER BY task_code, line_no
                        """)
                .param("id", submissionId)
                .query((rs, n) ->
                        new DraftDetails.Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        return new DraftDetails(basis[0], basis[1], lines);
    }

    void updateBasis(long id, Basis basis, String peildatum) {
        jdbc.sql("UPDATE submission SET basis = :basis, peildatum_raw = :peildatum WHERE id = :id")
                .param("id", id)
                .param("basis", basis == null ? null : basis.name())
                .param("peildatum", peildatum)
                .update();
    }

    /** Replaces every correction line of a draft; a kind nobody knows is kept as none chosen. */
    void replaceCorrections(long submissionId, List<DraftDetails.Line> lines) {
        jdbc.sql("DELETE FROM submission_correction WHERE submission_id = :id")
                .param("id", submissionId)
                .update();
        Map<String, Integer> lineNumbers = new LinkedHashMap<>();
        for (DraftDetails.Line line : lines) {
            int no = lineNumbers.merge(line.taskCode(), 1, Integer::sum);
            CorrectionKind kind = CorrectionKind.parse(line.kind());
            jdbc.sql("""
                            INSERT INTO submission_correction (submission_id, task_code, line_no, kind, amount_raw, reason)
                            VALUES (:id, :task, :no, :kind, :amount, :reason)
                            """)
                    .param("id", submissionId)
                    .param("task", line.taskCode())
                    .param("no", no)
                    .param("kind", kind == null ? null : kind.name())
                    .param("amount", line.amount())
                    .param("reason", line.reason())
                    .update();
        }
    }

    void insertVersionBasis(long versionId, SubmissionBasis basis) {
        jdbc.sql("UPDATE submission_version SET basis = :basis, peildatum = :peildatum WHERE id = :id")
                .param("id", versionId)
                .param("basis", basis.basis().name())
                .param("peildatum", basis.peildatum())
                .update();
    }

    void insertVersionCorrections(long versionId, List<HireCorrection> corrections) {
        Map<String, Integer> lineNumbers = new LinkedHashMap<>();
        for (HireCorrection correction : corrections) {
            int no = lineNumbers.merge(correction.taskCode(), 1, Integer::sum);
            jdbc.sql("""
                            INSERT INTO submission_version_correction (version_id, task_code, line_no, kind, amount, reason)
                            VALUES (:id, :task, :no, :kind, :amount, :reason)
                            """)
                    .param("id", versionId)
                    .param("task", correction.taskCode())
                    .param("no", no)
                    .param("kind", correction.kind().name())
                    .param("amount", correction.amount())
                    .param("reason", correction.reason())
                    .update();
        }
    }

    SubmissionBasis versionBasis(long versionId) {
        return jdbc.sql("SELECT basis, peildatum FROM submission_version WHERE id = :id")
                .param("id", versionId)
                .query((rs, n) -> VersionDetails.basis(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .optional()
                .orElse(SubmissionBasis.BUDGET);
    }

    List<HireCorrection> versionCorrections(long versionId) {
        return jdbc.sql("""
                        SELECT task_code, kind, amount, reason FROM submission_version_correction
                        WHERE version_id = :id ORDER BY task_code, line_no
                        """)
                .param("id", versionId)
                .query((rs, n) -> new HireCorrection(
                        rs.getString(1), CorrectionKind.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    Map<String, StoredValue> values(long submissionId) {
        return keyed(
                "SELECT field_key, raw_value, number_value FROM submission_value WHERE submission_id = :id",
                submissionId,
                rs -> new StoredValue(rs.getString(2), rs.getBigDecimal(3)));
    }

    void putValue(long submissionId, String fieldKey, String raw, BigDecimal number) {
        BigDecimal storable = storable(number);
        int updated = jdbc.sql("""
                        UPDATE submission_value SET raw_value = :raw, number_value = :number
                        WHERE submission_id = :id AND field_key = :key
                        """)
                .param("id", submissionId)
                .param("key", fieldKey)
                .param("raw", raw)
                .param("number", storable)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO submission_value (submission_id, field_key, raw_value, number_value)
                            VALUES (:id, :key, :raw, :number)
                            """)
                    .param("id", submissionId)
                    .param("key", fieldKey)
                    .param("raw", raw)
                    .param("number", storable)
                    .update();
        }
    }

    void removeValue(long submissionId, String fieldKey) {
        jdbc.sql("DELETE FROM submission_value WHERE submission_id = :id AND field_key = :key")
                .param("id", submissionId)
                .param("key", fieldKey)
                .update();
    }

    Map<String, String> explanations(long submissionId) {
        return keyed(
                "SELECT warning_key, explanation FROM submission_explanation WHERE submission_id = :id",
                submissionId,
                rs -> rs.getString(2));
    }

    void putExplanation(long submissionId, String warningKey, String explanation) {
        removeExplanation(submissionId, warningKey);
        jdbc.sql("""
                        INSERT INTO submission_explanation (submission_id, warning_key, explanation)
                        VALUES (:id, :key, :explanation)
                        """)
                .param("id", submissionId)
                .param("key", warningKey)
                .param("explanation", explanation)
                .update();
    }

    void removeExplanation(long submissionId, String warningKey) {
        jdbc.sql("DELETE FROM submission_explanation WHERE submission_id = :id AND warning_key = :key")
                .param("id", submissionId)
                .param("key", warningKey)
                .update();
    }

    List<VersionRow> versions(long submissionId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS
                        + " FROM submission_version WHERE submission_id = :id ORDER BY version_no DESC")
                .param("id", submissionId)
                .query(VersionRow.class)
                .list();
    }

    /**
     * The version of an organisation's questionnaire of one year that later years compare with
     * and may start from: the latest approved one, or when none is approved the latest submitted.
     */
    Optional<VersionRow> comparisonVersion(long organisationId, int year, String moduleCode) {
        return jdbc.sql("""
                        SELECT v.id, v.submission_id, v.version_no, v.submitted_at, v.submitted_by, v.contact_name,
                               v.contact_email, v.remarks, v.review_status, v.review_remark, v.reviewed_at, v.reviewed_by
                        FROM submission_version v JOIN submission s ON s.id = v.submission_id
                        WHERE s.organisation_id = :org AND s.peiljaar = :year AND s.module_code = :module
                        ORDER BY CASE WHEN v.review_status = 'GOEDGEKEURD' THEN 0 ELSE 1 END, v.version_no DESC
                        FETCH FIRST 1 ROWS ONLY
                        """)
                .param("org", organisationId)
                .param("year", year)
                .param("module", moduleCode)
                .query(VersionRow.class)
                .optional();
    }

    long insertVersion(long submissionId, int versionNo, OffsetDateTime at, String username, SubmissionRow closing) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO submission_version (submission_id, version_no, submitted_at, submitted_by, contact_name,
                                                        contact_email, remarks, review_status)
                        VALUES (:id, :no, :at, :username, :name, :email, :remarks, 'INGEDIEND')
                        """)
                .param("id", submissionId)
                .param("no", versionNo)
                .param("at", at)
                .param("username", username)
                .param("name", closing.contactName())
                .param("email", closing.contactEmail())
                .param("remarks", closing.remarks())
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    void insertVersionValue(long versionId, String fieldKey, BigDecimal number) {
        insertVersionRow("submission_version_value", "field_key", "number_value", versionId, fieldKey, number);
    }

    void insertVersionMarker(long versionId, String fieldKey, ValueMarker marker) {
        insertVersionRow("submission_version_value", "field_key", "marker", versionId, fieldKey, marker.name());
    }

    void insertVersionText(long versionId, String fieldKey, String text) {
        insertVersionRow("submission_version_text", "field_key", "text_value", versionId, fieldKey, text);
    }

    Map<String, String> versionTexts(long versionId) {
        return keyed(
                "SELECT field_key, text_value FROM submission_version_text WHERE version_id = :id",
                versionId,
                rs -> rs.getString(2));
    }

    void insertVersionExplanation(long versionId, String warningKey, String explanation) {
        insertVersionRow(
                "submission_version_explanation", "warning_key", "explanation", versionId, warningKey, explanation);
    }

    /** One keyed value of a version; the table and columns are this class's own constants, never input. */
    private void insertVersionRow(
            String table, String keyColumn, String valueColumn, long versionId, String key, Object value) {
        jdbc.sql("INSERT INTO " + table + " (version_id, " + keyColumn + ", " + valueColumn
                        + ") VALUES (:id, :key, :value)")
                .param("id", versionId)
                .param("key", key)
                .param("value", value)
                .update();
    }

    Map<String, BigDecimal> versionValues(long versionId) {
        return keyed(
                "SELECT field_key, number_value FROM submission_version_value"
                        + " WHERE version_id = :id AND number_value IS NOT NULL",
                versionId,
                rs -> rs.getBigDecimal(2));
    }

    /** The fields of a version answered "niet bekend" or "n.v.t." instead of a number. */
    Map<String, ValueMarker> versionMarkers(long versionId) {
        return keyed(
                "SELECT field_key, marker FROM submission_version_value WHERE version_id = :id AND marker IS NOT NULL",
                versionId,
                rs -> ValueMarker.valueOf(rs.getString(2)));
    }

    Map<String, String> versionExplanations(long versionId) {
        return keyed(
                "SELECT warning_key, explanation FROM submission_version_explanation WHERE version_id = :id",
                versionId,
                rs -> rs.getString(2));
    }

    /** Records the review of a version that is still awaiting one; false when it was reviewed already. */
    boolean review(long versionId, SubmissionStatus outcome, String remark, OffsetDateTime at, String username) {
        return jdbc.sql("""
                                UPDATE submission_version SET review_status = :outcome, review_remark = :remark,
                                                              reviewed_at = :at, reviewed_by = :username
                                WHERE id = :id AND review_status = 'INGEDIEND'
                                """)
                        .param("id", versionId)
                        .param("outcome", outcome.name())
                        .param("remark", remark)
                        .param("at", at)
                        .param("username", username)
                        .update()
                == 1;
    }

    static BigDecimal storable(BigDecimal number) {
        if (number == null || number.abs().compareTo(STORABLE_LIMIT) >= 0) {
            return null;
        }
        return number.setScale(Math.min(Math.max(number.scale(), 0), 6), RoundingMode.HALF_UP);
    }

    /** Rows of (key, value) of one submission or version, keyed by the first column, in row order. */
    private <V> Map<String, V> keyed(String sql, long id, ValueReader<V> value) {
        Map<String, V> rows = new LinkedHashMap<>();
        jdbc.sql(sql).param("id", id).query(rs -> {
            rows.put(rs.getString(1), value.read(rs));
        });
        return rows;
    }

    @FunctionalInterface
    private interface ValueReader<V> {
        V read(ResultSet rs) throws SQLException;
    }
}
