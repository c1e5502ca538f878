package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The calculation rules of spec §4 for one organisation on its own. */
final class FigureCalculator {

    private FigureCalculator() {}

    static OrganisationFigures compute(CompiledModule module, OrganisationInput input) {
        BigDecimal hoofdfactor = hoofdfactor(module.definition(), input);
        rejectUnknownCodes(module, input);

        List<GroupFigures> groups = new ArrayList<>(module.definition().groups().size());
        for (GroupDefinition group : module.definition().groups()) {
            groups.add(group(group, input, hoofdfactor));
        }
        TaskInput taskInputTotal = TaskInput.EMPTY;
        BigDecimal outsourcingTotal = BigDecimal.ZERO;
        BigDecimal totalCost = BigDecimal.ZERO;
        BigDecimal totalFte = BigDecimal.ZERO;
        for (GroupFigures group : groups) {
            for (TaskFigures task : group.tasks()) {
                taskInputTotal = taskInputTotal.plus(task.input());
            }
            outsourcingTotal = outsourcingTotal.add(group.outsourcing().cost());
            totalCost = totalCost.add(group.figures().cost());
            totalFte = totalFte.add(group.figures().fte());
        }

        OrganisationFigures withoutIndicators = new OrganisationFigures(
                input.organisationId(),
                hoofdfactor,
                groups,
                costAndFte(totalCost, totalFte, hoofdfactor),
                taskInputTotal,
                outsourcingTotal,
                List.of());
        return withoutIndicators.withDerivedIndicators(derivedIndicators(module, input, withoutIndicators));
    }

    /** Group cost = Σ net task cost + the group's outsourcing; group fte = Σ net task fte. */
    private static GroupFigures group(GroupDefinition group, OrganisationInput input, BigDecimal hoofdfactor) {
        List<TaskFigures> tasks = new ArrayList<>(group.taskCodes().size());
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal fte = BigDecimal.ZERO;
        for (String taskCode : group.taskCodes()) {
            TaskFigures task = task(taskCode, input.tasks().getOrDefault(taskCode, TaskInput.EMPTY), hoofdfactor);
            tasks.add(task);
            cost = cost.add(task.figures().cost());
            fte = fte.add(task.figures().fte());
        }
        BigDecimal outsourcing = Decimals.orZero(input.outsourcingByGroup().get(group.code()));
        MemberCapacity capacity = input.memberCapacityByGroup().get(group.code());
        if (capacity != null) {
            return withMemberCapacity(group.code(), tasks, outsourcing, cost, fte, capacity, hoofdfactor);
        }
        return new GroupFigures(
                group.code(),
                tasks,
                new OutsourcingFigures(outsourcing, Decimals.ratio(outsourcing, hoofdfactor)),
                costAndFte(cost.add(outsourcing), fte, hoofdfactor));
    }

    /**
     * A cooperation's group with capacity at its member municipalities: the sub-line's cost and fte
     * count in the group (and so in the total), as the tasks do.
     */
    private static GroupFigures withMemberCapacity(
            String groupCode,
            List<TaskFigures> tasks,
            BigDecimal outsourcing,
            BigDecimal taskCost,
            BigDecimal taskFte,
            MemberCapacity capacity,
            BigDecimal hoofdfactor) {
        return new GroupFigures(
                groupCode,
                tasks,
                new OutsourcingFigures(outsourcing, Decimals.ratio(outsourcing, hoofdfactor)),
                costAndFte(taskCost.add(outsourcing).add(capacity.cost()), taskFte.add(capacity.fte()), hoofdfactor),
                costAndFte(capacity.cost(), capacity.fte(), hoofdfactor));
    }

    /** Net cost = loonkosten + inhuurkosten − opbrengsten derden; net fte = fte − fte voor derden. */
    private static TaskFigures task(String taskCode, TaskInput input, BigDecimal hoofdfactor) {
        BigDecimal netCost = input.loonkosten().add(input.inhuurkosten()).subtract(input.opbrengstenDerden());
        BigDecimal netFte = input.fte().subtract(input.fteDerden());
        return new TaskFigures(taskCode, input, costAndFte(netCost, netFte, hoofdfactor));
    }

    /** Cost per unit = cost / N; fte per 100 units = fte / N × 100. */
    private static CostAndFte costAndFte(BigDecimal cost, BigDecimal fte, BigDecimal hoofdfactor) {
        return new CostAndFte(
                cost, fte, Decimals.ratio(cost, hoofdfactor), Decimals.scaledRatio(fte, Decimals.HUNDRED, hoofdfactor));
    }

    /** Numerator / denominator × factor; undefined when an input is missing or the denominator is 0. */
    private static List<DerivedIndicatorValue> derivedIndicators(
            CompiledModule module, OrganisationInput input, OrganisationFigures figures) {
        List<DerivedIndicatorValue> values = new ArrayList<>(module.indicators().size());
        for (CompiledModule.CompiledIndicator indicator : module.indicators()) {
            Optional<BigDecimal> numerator = indicator.numerator().valueFor(input, figures);
            Optional<BigDecimal> denominator = indicator.denominator().valueFor(input, figures);
            Optional<BigDecimal> value = numerator.flatMap(num -> denominator
                    .filter(den -> !Decimals.isZero(den))
                    .map(den -> Decimals.scaledRatio(num, indicator.factor(), den)));
            values.add(new DerivedIndicatorValue(indicator.code(), numerator, denominator, value));
        }
        return values;
    }

    // Every per-unit figure divides by N, so without a positive N nothing can be computed.
    private static BigDecimal hoofdfactor(ModuleDefinition definition, OrganisationInput input) {
        BigDecimal hoofdfactor = input.indicators().get(definition.hoofdfactorIndicator());
        if (hoofdfactor == null || hoofdfactor.signum() <= 0) {
            throw new IllegalArgumentException(String.format(
                    "Organisation %d has no positive hoofdfactor '%s' for module '%s' (found %s)",
                    input.organisationId(), definition.hoofdfactorIndicator(), definition.moduleCode(), hoofdfactor));
        }
        return hoofdfactor;
    }

    // An unknown code means the submission and the catalogue disagree; ignoring it would drop money.
    private static void rejectUnknownCodes(CompiledModule module, OrganisationInput input) {
        for (String taskCode : input.tasks().keySet()) {
            if (!module.taskCodes().contains(taskCode)) {
                throw new IllegalArgumentException(String.format(
                        "Organisation %d has unknown task '%s' for module '%s'",
                        input.organisationId(), taskCode, module.definition().moduleCode()));
            }
        }
        for (String groupCode : input.outsourcingByGroup().keySet()) {
            if (!module.groupCodes().contains(groupCode)) {
                throw new IllegalArgumentException(String.format(
                        "Organisation %d has outsourcing for unknown group '%s' for module '%s'",
                        input.organisationId(), groupCode, module.definition().moduleCode()));
            }
        }
        for (String groupCode : input.memberCapacityByGroup().keySet()) {
            if (!module.groupCodes().contains(groupCode)) {
                throw new IllegalArgumentException(String.format(
                        "Organisation %d has member capacity for unknown group '%s' for module '%s'",
                        input.organisationId(), groupCode, module.definition().moduleCode()));
            }
        }
    }
}
