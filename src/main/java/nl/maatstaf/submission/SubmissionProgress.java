package nl.maatstaf.submission;

import java.util.LinkedHashMap;
import java.util.Map;
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

    private final SubmissionRepository repository;

    SubmissionProgress(SubmissionRepository repository) {
        this.repository = repository;
    }

    /** By module code; a module without a row is not started and is absent from the map. */
    @Transactional(readOnly = true)
    public Map<String, ModuleProgress> of(long organisationId, int year) {
        Map<String, ModuleProgress> progress = new LinkedHashMap<>();
        for (SubmissionRepository.ProgressRow row : repository.progressOf(organisationId, year)) {
            Stage stage = Stage.valueOf(row.status().name());
            String remark = stage == Stage.TERUGGESTUURD && row.lastReview() == SubmissionStatus.TERUGGESTUURD
                    ? row.lastRemark()
                    : null;
            progress.put(row.moduleCode(), new ModuleProgress(row.moduleCode(), stage, remark));
        }
        return progress;
    }
}
