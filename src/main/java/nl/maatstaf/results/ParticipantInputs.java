package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.TaskInput;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.HireCorrections;
import nl.maatstaf.submission.TaskField;

/**
 * Turns approved questionnaire values into the engine's input. Only fields the catalogue knows are
 * read, so a stray stored key can never become a figure.
 */
final class ParticipantInputs {

    private ParticipantInputs() {}

    /**
     * The approved submissions that can be computed, as engine input. A submission without a
     * positive hoofdfactor is left out: validation blocks it on submission, but approved data can
     * also arrive by bulk load, and one bad row must not take every participant's results down.
     *
     * @param inhabitants by organisation id; a missing entry leaves the inhabitants unknown
     */
    static List<OrganisationInput> of(
            ModuleCatalog module, List<ApprovedSubmission> submissions, Map<Long, Long> inhabitants) {
        List<OrganisationInput> inputs = new ArrayList<>(submissions.size());
        for (ApprovedSubmission submission : submissions) {
            OrganisationInput input = of(module, submission, inhabitants.get(submission.organisationId()));
            if (isComputable(module, input)) {
                inputs.add(input);
            }
        }
        return inputs;
    }

    static OrganisationInput of(ModuleCatalog module, ApprovedSubmission submission, Long inhabitants) {
        Map<String, TaskInput> tasks = new LinkedHashMap<>();
        Map<String, BigDecimal> outsourcing = new LinkedHashMap<>();
        for (TaskGroup group : module.groups()) {
            for (Task task : group.tasks()) {
                tasks.put(task.code(), taskInput(submission, task.code()));
            }
            outsourcing.put(group.code(), submission.value(FieldKeys.outsourcing(group.code())));
        }
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        for (Indicator indicator : module.indicators()) {
            indicators.put(indicator.code(), submission.value(FieldKeys.indicator(indicator.code())));
        }
        Map<String, BigDecimal> finance = new LinkedHashMap<>();
        for (Indicator item : module.finance()) {
            finance.put(item.code(), submission.value(FieldKeys.finance(item.code())));
        }
        return new OrganisationInput(
                submission.organisationId(),
                inhabitants == null ? null : BigDecimal.valueOf(inhabitants),
                tasks,
                outsourcing,
                indicators,
                finance);
    }

    static boolean isComputable(ModuleCatalog module, OrganisationInput input) {
        BigDecimal hoofdfactor = input.indicators().get(module.hoofdfactor());
        return hoofdfactor != null && hoofdfactor.signum() > 0;
    }

    // The benchmark counts hired staff after the task's correction lines (spec §8).
    private static TaskInput taskInput(ApprovedSubmission submission, String taskCode) {
        return new TaskInput(
                submission.value(FieldKeys.task(taskCode, TaskField.FTE)),
                submission.value(FieldKeys.task(taskCode, TaskField.LOONKOSTEN)),
                HireCorrections.corrected(
                        submission.value(FieldKeys.task(taskCode, TaskField.INHUURKOSTEN)),
                        submission.correctionsOf(taskCode)),
                submission.value(FieldKeys.task(taskCode, TaskField.FTE_DERDEN)),
                submission.value(FieldKeys.task(taskCode, TaskField.OPBRENGSTEN_DERDEN)));
    }
}
