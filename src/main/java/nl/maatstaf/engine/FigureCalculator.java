package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        Gaps totalGaps = Gaps.NONE;
        Set<TaskComponent> incompleteInputTotals = EnumSet.noneOf(TaskComponent.class);
        boolean outsourcingTotalKnown = true;
        for (GroupFigures group : groups) {
            for (TaskFigures task : group.tasks()) {
                taskInputTotal = taskInputTotal.plus(task.input());
                incompleteInputTotals.addAll(unknownComponents(input.gaps(), group.groupCode(), task.taskCode()));
            }
            outsourcingTotal = outsourcingTotal.add(group.outsourcing().cost());
            outsourcingTotalKnown &= group.outsourcing().known();
            totalCost = totalCost.add(group.figures().cost());
            totalFte = totalFte.add(group.figures().fte());
            totalGaps = totalGaps.plus(group.gaps());
        }

        OrganisationFigures withoutIndicators = new OrganisationFigures(
                input.organisationId(),
                hoofdfactor,
                groups,
                costAndFte(totalCost, totalFte, hoofdfactor),
                taskInputTotal,
                outsourcingTotal,
                List.of(),
                totalGaps,
                incompleteInputTotals,
                outsourcingTotalKnown);
        return withoutIndicators.withDerivedIndicators(derivedIndicators(module, input, withoutIndicators));
    }

    /**
     * Group cost = Σ net task cost + the group's outsourcing; group fte = Σ net task fte. An unknown
     * part adds nothing and is named in the group's gaps; a group marked unknown as a whole names
     * only itself.
     */
    private static GroupFigures group(GroupDefinition group, OrganisationInput input, BigDecimal hoofdfactor) {
        Optional<Unknown> wholeGroup = input.gaps().group(group.code());
        List<TaskFigures> tasks = new ArrayList<>(group.taskCodes().size());
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal fte = BigDecimal.ZERO;
        Gaps gaps = Gaps.NONE;
        for (String taskCode : group.taskCodes()) {
            TaskInput entered = wholeGroup.isPresent()
                    ? TaskInput.EMPTY
                    : input.tasks()
                            .getOrDefault(taskCode, TaskInput.EMPTY)
                            .without(input.gaps()
                                    .tasks()
                                    .getOrDefault(taskCode, Map.of())
                                    .keySet());
            TaskFigures task = task(taskCode, entered, taskGaps(input.gaps(), group.code(), taskCode), hoofdfactor);
            tasks.add(task);
            cost = cost.add(task.figures().cost());
            fte = fte.add(task.figures().fte());
            gaps = gaps.plus(task.gaps());
        }
        Optional<Unknown> outsourcingUnknown = wholeGroup.or(() -> input.gaps().outsourcing(group.code()));
        BigDecimal outsourcing = outsourcingUnknown.isPresent()
                ? BigDecimal.ZERO
                : Decimals.orZero(input.outsourcingByGroup().get(group.code()));
        if (outsourcingUnknown.isPresent()) {
            Gap line = new Gap(Gap.Level.OUTSOURCING, group.code(), outsourcingUnknown.get());
            gaps = gaps.plus(new Gaps(List.of(line), List.of()));
        }
        if (wholeGroup.isPresent()) {
            Gap whole = new Gap(Gap.Level.GROUP, group.code(), wholeGroup.get());
            gaps = new Gaps(List.of(whole), List.of(whole));
        }
        MemberCapacity capacity = input.memberCapacityByGroup().get(group.code());
        OutsourcingFigures line =
                new OutsourcingFigures(outsourcing, Decimals.ratio(outsourcing, hoofdfactor), outsourcingUnknown);
        if (capacity != null) {
            // Capacity at the member municipalities counts in the group (and so in the total), as the tasks do.
            return new GroupFigures(
                    group.code(),
                    tasks,
                    line,
                    costAndFte(cost.add(outsourcing).add(capacity.cost()), fte.add(capacity.fte()), hoofdfactor),
                    gaps,
                    costAndFte(capacity.cost(), capacity.fte(), hoofdfactor));
        }
        return new GroupFigures(
                group.code(), tasks, line, costAndFte(cost.add(outsourcing), fte, hoofdfactor), gaps, null);
    }

    /**
     * Net cost = loonkosten + inhuurkosten − opbrengsten derden; net fte = fte − fte voor derden.
     * An unknown component counts as nothing, so the figure it belongs to is a subtotal.
     */
    private static TaskFigures task(String taskCode, TaskInput input, Gaps gaps, BigDecimal hoofdfactor) {
        BigDecimal netCost = input.loonkosten().add(input.inhuurkosten()).subtract(input.opbrengstenDerden());
        BigDecimal netFte = input.fte().subtract(input.fteDerden());
        return new TaskFigures(taskCode, input, costAndFte(netCost, netFte, hoofdfactor), gaps);
    }

    private static Gaps taskGaps(InputGaps gaps, String groupCode, String taskCode) {
        Optional<Unknown> wholeGroup = gaps.group(groupCode);
        if (wholeGroup.isPresent()) {
            Gap gap = new Gap(Gap.Level.GROUP, groupCode, wholeGroup.get());
            return new Gaps(List.of(gap), List.of(gap));
        }
        List<Gap> cost = new ArrayList<>(1);
        List<Gap> fte = new ArrayList<>(1);
        for (TaskComponent component : TaskComponent.values()) {
            Optional<Unknown> unknown = gaps.task(taskCode, component);
            if (unknown.isPresent()) {
                Gap gap = new Gap(Gap.Level.TASK, taskCode, unknown.get());
                (component.costPart() ? cost : fte).add(gap);
            }
        }
        return cost.isEmpty() && fte.isEmpty() ? Gaps.NONE : new Gaps(cost, fte);
    }

    private static Set<TaskComponent> unknownComponents(InputGaps gaps, String groupCode, String taskCode) {
        if (gaps.group(groupCode).isPresent()) {
            return EnumSet.allOf(TaskComponent.class);
        }
        Set<TaskComponent> unknown = EnumSet.noneOf(TaskComponent.class);
        unknown.addAll(gaps.tasks().getOrDefault(taskCode, Map.of()).keySet());
        return unknown;
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
