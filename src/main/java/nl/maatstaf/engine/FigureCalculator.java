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
        TaskInput taskInputTotal = TaskInput.EMPTY;
        BigDecimal outsourcingTotal = BigDecimal.ZERO;
        BigDecimal totalCost = BigDecimal.ZERO;
        BigDecimal totalFte = BigDecimal.ZERO;
        for (GroupDefinition group : module.definition().groups()) {
            List<TaskFigures> tasks = new ArrayList<>(group.taskCodes().size());
            BigDecimal groupCost = BigDecimal.ZERO;
            BigDecimal groupFte = BigDecimal.ZERO;
            for (String taskCode : group.taskCodes()) {
                TaskInput task = input.tasks().getOrDefault(taskCode, TaskInput.EMPTY);
                BigDecimal netCost = task.loonkosten().add(task.inhuurkosten()).subtract(task.opbrengstenDerden());
                BigDecimal netFte = task.fte().subtract(task.fteDerden());
                tasks.add(new TaskFigures(taskCode, task, costAndFte(netCost, netFte, hoofdfactor)));
                groupCost = groupCost.add(netCost);
                groupFte = groupFte.add(netFte);
                taskInputTotal = taskInputTotal.plus(task);
            }
            BigDecimal outsourcing = Decimals.orZero(input.outsourcingByGroup().get(group.code()));
            groupCost = groupCost.add(outsourcing);
            groups.add(new GroupFigures(
                    group.code(),
                    tasks,
                    new OutsourcingFigures(outsourcing, Decimals.ratio(outsourcing, hoofdfactor)),
                    costAndFte(groupCost, groupFte, hoofdfactor)));
            outsourcingTotal = outsourcingTotal.add(outsourcing);
            totalCost = totalCost.add(groupCost);
            totalFte = totalFte.add(groupFte);
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

    private static CostAndFte costAndFte(BigDecimal cost, BigDecimal fte, BigDecimal hoofdfactor) {
        return new CostAndFte(
                cost, fte, Decimals.ratio(cost, hoofdfactor), Decimals.scaledRatio(fte, Decimals.HUNDRED, hoofdfactor));
    }

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
            throw new IllegalArgumentException("Organisation " + input.organisationId()
                    + " has no positive hoofdfactor '"
                    + definition.hoofdfactorIndicator() + "' for module '" + definition.moduleCode() + "' (found "
                    + hoofdfactor + ")");
        }
        return hoofdfactor;
    }

    // An unknown code means the submission and the catalogue disagree; ignoring it would drop money.
    private static void rejectUnknownCodes(CompiledModule module, OrganisationInput input) {
        for (String taskCode : input.tasks().keySet()) {
            if (!module.taskCodes().contains(taskCode)) {
                throw new IllegalArgumentException("Organisation " + input.organisationId() + " has unknown task '"
                        + taskCode + "' for module '" + module.definition().moduleCode() + "'");
            }
        }
        for (String groupCode : input.outsourcingByGroup().keySet()) {
            if (!module.groupCodes().contains(groupCode)) {
                throw new IllegalArgumentException("Organisation " + input.organisationId()
                        + " has outsourcing for unknown group '" + groupCode + "' for module '"
                        + module.definition().moduleCode() + "'");
            }
        }
    }
}
