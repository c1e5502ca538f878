package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that a derived indicator reads from one organisation: an input (indicator, finance,
 * inhabitants, hoofdfactor) or a computed figure (net fte and net cost per task, group or total,
 * and a few totals of input components). Written in catalogues as a reference string, see {@link
 * #parse(String)}.
 */
public sealed interface Quantity {

    /**
     * Parses a reference such as {@code indicator:BEZWAAR}, {@code fte:group:OVERHEAD} or {@code
     * loonkosten:total}.
     *
     * @throws IllegalArgumentException naming the reference when it is not part of the language
     */
    static Quantity parse(String reference) {
        return QuantityParser.parse(reference);
    }

    /** The reference string this quantity was parsed from, in canonical form. */
    String reference();

    /** Empty when the organisation did not supply the input this quantity reads. */
    Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures);

    /** The task group this quantity reads, so a module can check that the group exists. */
    default Optional<String> referencedGroup() {
        return Optional.empty();
    }

    /** The task this quantity reads, so a module can check that the task exists. */
    default Optional<String> referencedTask() {
        return Optional.empty();
    }

    /** {@code indicator:CODE}: a werklastindicator as supplied (part B). */
    record Indicator(String code) implements Quantity {
        public Indicator {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String reference() {
            return "indicator:" + code;
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return Optional.ofNullable(input.indicators().get(code));
        }
    }

    /** {@code finance:CODE}: a finance figure as supplied (part C). */
    record Finance(String code) implements Quantity {
        public Finance {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String reference() {
            return "finance:" + code;
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return Optional.ofNullable(input.finance().get(code));
        }
    }

    /** {@code inhabitants}. */
    record Inhabitants() implements Quantity {
        @Override
        public String reference() {
            return "inhabitants";
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return Optional.ofNullable(input.inhabitants());
        }
    }

    /** {@code hoofdfactor}: the module's main workload volume N. */
    record Hoofdfactor() implements Quantity {
        @Override
        public String reference() {
            return "hoofdfactor";
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return Optional.of(figures.hoofdfactor());
        }
    }

    /** {@code fte:total}: net fte of the organisation. */
    record TotalFte() implements Quantity {
        @Override
        public String reference() {
            return "fte:total";
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return known(figures.totalGaps().fteKnown(), figures.total().fte());
        }
    }

    /** {@code fte:group:CODE}: net fte of a task group. */
    record GroupFte(String groupCode) implements Quantity {
        public GroupFte {
            Objects.requireNonNull(groupCode, "groupCode");
        }

        @Override
        public String reference() {
            return "fte:group:" + groupCode;
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            GroupFigures group = figures.group(groupCode);
            return known(group.gaps().fteKnown(), group.figures().fte());
        }

        @Override
        public Optional<String> referencedGroup() {
            return Optional.of(groupCode);
        }
    }

    /** {@code fte:task:CODE}: net fte of a task. */
    record TaskFte(String taskCode) implements Quantity {
        public TaskFte {
            Objects.requireNonNull(taskCode, "taskCode");
        }

        @Override
        public String reference() {
            return "fte:task:" + taskCode;
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            TaskFigures task = figures.task(taskCode);
            return known(task.gaps().fteKnown(), task.figures().fte());
        }

        @Override
        public Optional<String> referencedTask() {
            return Optional.of(taskCode);
        }
    }

    /** {@code cost:total}: net cost of the organisation, outsourcing included. */
    record TotalCost() implements Quantity {
        @Override
        public String reference() {
            return "cost:total";
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return known(figures.totalGaps().costKnown(), figures.total().cost());
        }
    }

    /** {@code cost:group:CODE}: net cost of a task group, its outsourcing included. */
    record GroupCost(String groupCode) implements Quantity {
        public GroupCost {
            Objects.requireNonNull(groupCode, "groupCode");
        }

        @Override
        public String reference() {
            return "cost:group:" + groupCode;
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            GroupFigures group = figures.group(groupCode);
            return known(group.gaps().costKnown(), group.figures().cost());
        }

        @Override
        public Optional<String> referencedGroup() {
            return Optional.of(groupCode);
        }
    }

    /** {@code cost:task:CODE}: net cost of a task. */
    record TaskCost(String taskCode) implements Quantity {
        public TaskCost {
            Objects.requireNonNull(taskCode, "taskCode");
        }

        @Override
        public String reference() {
            return "cost:task:" + taskCode;
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            TaskFigures task = figures.task(taskCode);
            return known(task.gaps().costKnown(), task.figures().cost());
        }

        @Override
        public Optional<String> referencedTask() {
            return Optional.of(taskCode);
        }
    }

    /** {@code loonkosten:total}: Σ loonkosten over all tasks. */
    record TotalLoonkosten() implements Quantity {
        @Override
        public String reference() {
            return "loonkosten:total";
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return known(
                    !figures.incompleteInputTotals().contains(TaskComponent.LOONKOSTEN),
                    figures.taskInputTotal().loonkosten());
        }
    }

    /** {@code inhuur:total}: Σ inhuurkosten over all tasks. */
    record TotalInhuur() implements Quantity {
        @Override
        public String reference() {
            return "inhuur:total";
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return known(
                    !figures.incompleteInputTotals().contains(TaskComponent.INHUURKOSTEN),
                    figures.taskInputTotal().inhuurkosten());
        }
    }

    /**
     * {@code fteGross:total}: Σ fte before subtracting fte voor derden, because loonkosten pay for
     * the whole formation.
     */
    record TotalGrossFte() implements Quantity {
        @Override
        public String reference() {
            return "fteGross:total";
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return known(
                    !figures.incompleteInputTotals().contains(TaskComponent.FTE),
                    figures.taskInputTotal().fte());
        }
    }

    /** {@code outsourcing:total}: Σ kosten taken belegd bij derden over all groups. */
    record TotalOutsourcing() implements Quantity {
        @Override
        public String reference() {
            return "outsourcing:total";
        }

        @Override
        public Optional<BigDecimal> valueFor(OrganisationInput input, OrganisationFigures figures) {
            return known(figures.outsourcingTotalKnown(), figures.outsourcingTotal());
        }
    }

    /** A figure built on an input marked unknown has no value, like a quantity that was not supplied. */
    private static Optional<BigDecimal> known(boolean known, BigDecimal value) {
        return known ? Optional.of(value) : Optional.empty();
    }
}
