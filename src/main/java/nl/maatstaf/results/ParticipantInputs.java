package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.InputGaps;
import nl.maatstaf.engine.MemberCapacity;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.TaskComponent;
import nl.maatstaf.engine.TaskInput;
import nl.maatstaf.engine.Unknown;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.HireCorrections;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.submission.ValueMarker;

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
        return of(module, submissions, inhabitants, Set.of());
    }

    /**
     * As {@link #of(ModuleCatalog, List, Map)}, with the capacity at member municipalities of the
     * cooperations among them. Only a cooperation's capacity is read: a stray value in a
     * municipality's data never becomes a figure.
     *
     * @param cooperations the ids of the organisations that are cooperations
     */
    static List<OrganisationInput> of(
            ModuleCatalog module,
            List<ApprovedSubmission> submissions,
            Map<Long, Long> inhabitants,
            Set<Long> cooperations) {
        List<OrganisationInput> inputs = new ArrayList<>(submissions.size());
        for (ApprovedSubmission submission : submissions) {
            OrganisationInput input = of(
                    module,
                    submission,
                    inhabitants.get(submission.organisationId()),
                    cooperations.contains(submission.organisationId()));
            if (isComputable(module, input)) {
                inputs.add(input);
            }
        }
        return inputs;
    }

    static OrganisationInput of(ModuleCatalog module, ApprovedSubmission submission, Long inhabitants) {
        return of(module, submission, inhabitants, false);
    }

    static OrganisationInput of(
            ModuleCatalog module, ApprovedSubmission submission, Long inhabitants, boolean cooperation) {
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
                finance,
                gaps(module, submission),
                cooperation,
                cooperation ? memberCapacity(module, submission) : Map.of());
    }

    /** The values of part A answered "niet bekend" or "n.v.t.": unknown, never 0 (spec §8). */
    static InputGaps gaps(ModuleCatalog module, ApprovedSubmission submission) {
        if (submission.markers().isEmpty()) {
            return InputGaps.NONE;
        }
        Map<String, Map<TaskComponent, Unknown>> tasks = new LinkedHashMap<>();
        Map<String, Unknown> outsourcing = new LinkedHashMap<>();
        Map<String, Unknown> groups = new LinkedHashMap<>();
        for (TaskGroup group : module.groups()) {
            submission.marker(FieldKeys.group(group.code())).ifPresent(m -> groups.put(group.code(), unknown(m)));
            submission
                    .marker(FieldKeys.outsourcing(group.code()))
                    .ifPresent(m -> outsourcing.put(group.code(), unknown(m)));
            for (Task task : group.tasks()) {
                for (TaskField field : TaskField.values()) {
                    submission
                            .marker(FieldKeys.task(task.code(), field))
                            .ifPresent(
                                    m -> tasks.computeIfAbsent(task.code(), code -> new EnumMap<>(TaskComponent.class))
                                            .put(component(field), unknown(m)));
                }
            }
        }
        return new InputGaps(tasks, outsourcing, groups);
    }

    private static Unknown unknown(ValueMarker marker) {
        return marker == ValueMarker.NIET_VAN_TOEPASSING ? Unknown.NOT_APPLICABLE : Unknown.NOT_KNOWN;
    }

    private static TaskComponent component(TaskField field) {
        return switch (field) {
            case FTE -> TaskComponent.FTE;
            case LOONKOSTEN -> TaskComponent.LOONKOSTEN;
            case INHUURKOSTEN -> TaskComponent.INHUURKOSTEN;
            case FTE_DERDEN -> TaskComponent.FTE_DERDEN;
            case OPBRENGSTEN_DERDEN -> TaskComponent.OPBRENGSTEN_DERDEN;
        };
    }

    /** Per group the capacity at member municipalities; a group with neither fte nor cost has none. */
    static Map<String, MemberCapacity> memberCapacity(ModuleCatalog module, ApprovedSubmission submission) {
        Map<String, MemberCapacity> capacity = new LinkedHashMap<>();
        for (TaskGroup group : module.groups()) {
            BigDecimal fte = submission.value(FieldKeys.memberFte(group.code()));
            BigDecimal cost = submission.value(FieldKeys.memberCost(group.code()));
            if (fte != null || cost != null) {
                capacity.put(group.code(), new MemberCapacity(fte, cost));
            }
        }
        return capacity;
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
