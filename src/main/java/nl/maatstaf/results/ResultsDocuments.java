package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.catalog.DerivedIndicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.Gap;
import nl.maatstaf.engine.GroupFigures;
import nl.maatstaf.engine.OrganisationFigures;
import nl.maatstaf.engine.ReferenceStatus;
import nl.maatstaf.engine.Spread;
import nl.maatstaf.engine.TaskFigures;
import nl.maatstaf.engine.Unknown;

/** Builds the API's results document from the engine's comparison; catalogue names in Dutch. */
final class ResultsDocuments {

    /** Why the capacity at member municipalities shows no reference: it never has one. */
    static final String NO_OWN_REFERENCE = "NO_OWN_REFERENCE";

    private ResultsDocuments() {}

    /**
     * @param leftOutDescription the group's related organisations left out, in words; empty when none
     * @param footnotes the organisation's own explanations; empty for anyone else
     * @param notes the basis and correction lines of the organisation's own version
     */
    static ResultsDocument of(
            ModuleCatalog module,
            String organisationName,
            OrganisationResults results,
            String policyDescription,
            String leftOutDescription,
            List<Footnote> footnotes,
            ResultsReport.Notes notes) {
        Comparison comparison = results.comparison();
        OrganisationFigures own = comparison.own();
        return new ResultsDocument(
                results.organisationId(),
                organisationName,
                module.year(),
                module.code(),
                new ResultsDocument.Hoofdfactor(
                        module.hoofdfactor(),
                        module.hoofdfactorIndicator().name().nl(),
                        plain(own.hoofdfactor())),
                results.preliminary(),
                results.published(),
                new ResultsDocument.ReferenceGroup(
                        results.referencePolicy(),
                        results.policyParameter(),
                        policyDescription,
                        comparison.referenceGroupSize(),
                        comparison.minimumReferenceSize(),
                        comparison.referenceStatus() == ReferenceStatus.SUFFICIENT,
                        results.relatedLeftOut().count(),
                        leftOutDescription),
                new ResultsDocument.Basis(
                        results.notes().basis().basis().name(),
                        results.notes().basis().peildatum(),
                        notes.basis(),
                        notes.basisWarning()),
                notes.corrections().stream()
                        .map(c -> new ResultsDocument.HireCorrections(
                                c.taskCode(),
                                c.enteredValue(),
                                results.notes().correctionsOf(c.taskCode()).stream()
                                        .map(l -> new ResultsDocument.HireCorrectionLine(
                                                l.kind().name(), l.amount(), l.reason()))
                                        .toList(),
                                c.correctedValue()))
                        .toList(),
                costs(module, comparison),
                formation(module, comparison),
                derived(module, comparison),
                footnotes.stream()
                        .map(f -> new ResultsDocument.Footnote(
                                f.number(), f.place().name(), f.code(), f.figure(), f.text()))
                        .toList());
    }

    private static ResultsDocument.Table costs(ModuleCatalog module, Comparison comparison) {
        OrganisationFigures own = comparison.own();
        List<ResultsDocument.Group> groups = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            GroupFigures figures = own.group(group.code());
            List<ResultsDocument.Figure> tasks = new ArrayList<>();
            for (Task task : group.tasks()) {
                TaskFigures taskFigures = own.task(task.code());
                tasks.add(part(
                        task.code(),
                        task.name().nl(),
                        taskFigures.figures().cost(),
                        comparison.line(FigureId.taskCostPerUnit(task.code())),
                        taskFigures.gaps().cost()));
            }
            ResultsDocument.Figure outsourcing = part(
                    group.code(),
                    "Kosten taken belegd bij derden",
                    figures.outsourcing().cost(),
                    comparison.line(FigureId.outsourcingCostPerUnit(group.code())),
                    figures.outsourcing()
                            .unknown()
                            .map(why -> List.of(new Gap(Gap.Level.OUTSOURCING, group.code(), why)))
                            .orElse(List.of()));
            ResultsDocument.Figure groupFigure = figure(
                    group.code(),
                    group.name().nl(),
                    figures.figures().cost(),
                    comparison.line(FigureId.groupCostPerUnit(group.code())),
                    figures.gaps().cost());
            groups.add(new ResultsDocument.Group(
                    groupFigure,
                    tasks,
                    outsourcing,
                    figures.memberCapacityLine()
                            .map(c -> memberCapacity(group.code(), c.cost(), c.costPerUnit()))
                            .orElse(null)));
        }
        ResultsDocument.Figure total = figure(
                FigureId.TOTAL,
                "Totaal",
                own.total().cost(),
                comparison.line(FigureId.totalCostPerUnit()),
                own.totalGaps().cost());
        return new ResultsDocument.Table(groups, total);
    }

    private static ResultsDocument.Table formation(ModuleCatalog module, Comparison comparison) {
        OrganisationFigures own = comparison.own();
        List<ResultsDocument.Group> groups = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            List<ResultsDocument.Figure> tasks = new ArrayList<>();
            for (Task task : group.tasks()) {
                tasks.add(part(
                        task.code(),
                        task.name().nl(),
                        own.task(task.code()).figures().fte(),
                        comparison.line(FigureId.taskFtePer100Units(task.code())),
                        own.task(task.code()).gaps().fte()));
            }
            ResultsDocument.Figure groupFigure = figure(
                    group.code(),
                    group.name().nl(),
                    own.group(group.code()).figures().fte(),
                    comparison.line(FigureId.groupFtePer100Units(group.code())),
                    own.group(group.code()).gaps().fte());
            groups.add(new ResultsDocument.Group(
                    groupFigure,
                    tasks,
                    null,
                    own.group(group.code())
                            .memberCapacityLine()
                            .map(c -> memberCapacity(group.code(), c.fte(), c.ftePer100Units()))
                            .orElse(null)));
        }
        ResultsDocument.Figure total = figure(
                FigureId.TOTAL,
                "Totaal",
                own.total().fte(),
                comparison.line(FigureId.totalFtePer100Units()),
                own.totalGaps().fte());
        return new ResultsDocument.Table(groups, total);
    }

    private static List<ResultsDocument.DerivedIndicatorFigure> derived(ModuleCatalog module, Comparison comparison) {
        List<ResultsDocument.DerivedIndicatorFigure> indicators = new ArrayList<>();
        for (DerivedIndicator indicator : module.derivedIndicators()) {
            ComparisonLine line = comparison.line(FigureId.derivedIndicator(indicator.code()));
            indicators.add(new ResultsDocument.DerivedIndicatorFigure(
                    indicator.code(),
                    indicator.name().nl(),
                    indicator.definition().nl(),
                    indicator.format().name(),
                    plain(line.own()),
                    plain(line.referenceMean()),
                    plain(line.deviation()),
                    plain(line.deviationPercentage()),
                    line.referenceSize(),
                    withheld(line),
                    line.referenceSpread().map(ResultsDocuments::spread).orElse(null)));
        }
        return indicators;
    }

    /** A group or the total: with gaps, its amount is the subtotal of the known parts. */
    private static ResultsDocument.Figure figure(
            String code, String name, BigDecimal absolute, ComparisonLine line, List<Gap> gaps) {
        return new ResultsDocument.Figure(
                code,
                name,
                plain(absolute),
                plain(line.own()),
                plain(line.referenceMean()),
                plain(line.deviation()),
                plain(line.deviationPercentage()),
                line.referenceSize(),
                withheld(line),
                unknown(gaps));
    }

    /** A task or outsourcing line: when it is not known it has no amount at all, not 0. */
    private static ResultsDocument.Figure part(
            String code, String name, BigDecimal absolute, ComparisonLine line, List<Gap> gaps) {
        return figure(code, name, gaps.isEmpty() ? absolute : null, line, gaps);
    }

    private static List<ResultsDocument.UnknownPart> unknown(List<Gap> gaps) {
        return gaps.stream()
                .map(gap -> new ResultsDocument.UnknownPart(
                        gap.level().name(),
                        gap.code(),
                        gap.reason() == Unknown.NOT_APPLICABLE ? "NIET_VAN_TOEPASSING" : "NIET_BEKEND"))
                .toList();
    }

    /** The sub-line of capacity at member municipalities: own figures only. */
    private static ResultsDocument.Figure memberCapacity(String groupCode, BigDecimal absolute, BigDecimal perUnit) {
        return new ResultsDocument.Figure(
                groupCode,
                "Capaciteit bij de deelnemende gemeenten",
                plain(absolute),
                plain(perUnit),
                null,
                null,
                null,
                0,
                NO_OWN_REFERENCE,
                List.of());
    }

    private static String withheld(ComparisonLine line) {
        return line.hasReference() ? null : line.protection().name();
    }

    private static ResultsDocument.Spread spread(Spread spread) {
        return new ResultsDocument.Spread(
                plain(spread.firstQuartile()), plain(spread.median()), plain(spread.thirdQuartile()));
    }

    private static BigDecimal plain(Optional<BigDecimal> value) {
        return value.map(ResultsDocuments::plain).orElse(null);
    }

    // Without trailing zeros, and never in exponent form for large numbers (2350, not 2.35E+3).
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
