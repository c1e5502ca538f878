package nl.maatstaf.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an organisation stands per module of a peiljaar, for its start page. One query for all
 * modules, so the start page costs the same with one module or ten.
 */
@Service
public class SubmissionProgress {

    /** Where one module's questionnaire stands; publication is the edition's business, not ours. */
    public enum Stage {
        NIET_GESTART,
        CONCEPT,
        INGEDIEND,
        TERUGGESTUURD,
        GOEDGEKEURD
    }

    /**
     * @param returnRemark the beheerder's remark when the last version was sent back, else null
     */
    public record ModuleProgress(String moduleCode, Stage stage, String returnRemark) {}

    private final JdbcClient jdbc;

    SubmissionProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By module code; a module without a row is not started and is absent from the map. */
    @Transactional(readOnly = true)
    public Map<String, ModuleProgress> of(long organisationId, int year) {
        Map<String, ModuleProgress> progress = new LinkedHashMap<>();
        jdbc.sql("""
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
                .query((rs, n) -> {
                    Stage stage = Stage.valueOf(rs.getString(2));
                    String remark = stage == Stage.TERUGGESTUURD && "TERUGGESTUURD".equals(rs.getString(3))
                            ? rs.getString(4)
                            : null;
                    return new ModuleProgress(rs.getString(1), stage, remark);
                })
                .list()
                .forEach(p -> progress.put(p.moduleCode(), p));
        return progress;
    }
}
