package nl.maatstaf.submission;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kept questionnaire workbooks (V4); callers own the transactions. */
@Repository
class UploadRepository {

    private final JdbcClient jdbc;

    UploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            long organisationId,
            int year,
            String moduleCode,
            String fileName,
            byte[] content,
            UploadOutcome.Result outcome,
            int problemCount,
            OffsetDateTime at,
            String username) {
        jdbc.sql("""
                        INSERT INTO submission_upload (organisation_id, peiljaar, module_code, file_name, content, outcome,
                                                       problem_count, uploaded_at, uploaded_by)
                        VALUES (:org, :year, :module, :fileName, :content, :outcome, :problems, :at, :username)
                        """)
                .param("org", organisationId)
                .param("year", year)
                .param("module", moduleCode)
                .param("fileName", fileName)
                .param("content", content)
                .param("outcome", outcome.name())
                .param("problems", problemCount)
                .param("at", at)
                .param("username", username)
                .update();
    }

    /** The newest upload of one organisation, module and year, without its bytes. */
    Optional<StoredUpload> latest(long organisationId, int year, String moduleCode) {
        return jdbc.sql("""
                        SELECT id, file_name, outcome, problem_count, uploaded_at, uploaded_by
                        FROM submission_upload
                        WHERE organisation_id = :org AND peiljaar = :year AND module_code = :module
                        ORDER BY id DESC
                        FETCH FIRST 1 ROWS ONLY
                        """)
                .param("org", organisationId)
                .param("year", year)
                .param("module", moduleCode)
                .query((rs, n) -> new StoredUpload(
                        rs.getLong(1),
                        rs.getString(2),
                        UploadOutcome.Result.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6)))
                .optional();
    }

    byte[] content(long uploadId) {
        return jdbc.sql("SELECT content FROM submission_upload WHERE id = :id")
                .param("id", uploadId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    /** Deletes the refused uploads made before {@code before}, of every organisation. */
    int deleteRefusedBefore(OffsetDateTime before) {
        return jdbc.sql("DELETE FROM submission_upload WHERE outcome = :refused AND uploaded_at < :before")
                .param("refused", UploadOutcome.Result.AFGEWEZEN.name())
                .param("before", before)
                .update();
    }

    /** Deletes all but the newest {@code kept} refused uploads of one organisation, module and year. */
    int deleteRefusedBeyond(long organisationId, int year, String moduleCode, int kept) {
        return jdbc.sql("""
                        DELETE FROM submission_upload
                        WHERE id IN (SELECT id FROM submission_upload
                                     WHERE organisation_id = :org AND peiljaar = :year AND module_code = :module
                                       AND outcome = :refused
                                     ORDER BY id DESC
                                     OFFSET :kept ROWS)
                        """)
                .param("org", organisationId)
                .param("year", year)
                .param("module", moduleCode)
                .param("refused", UploadOutcome.Result.AFGEWEZEN.name())
                .param("kept", kept)
                .update();
    }
}
