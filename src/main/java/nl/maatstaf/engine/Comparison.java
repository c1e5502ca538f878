package nl.maatstaf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * An organisation's figures against its reference group.
 *
 * @param own the organisation's own figures, for "hoe is dit berekend?"
 * @param referenceGroupSize number of reference organisations (the organisation itself excluded)
 * @param minimumReferenceSize k: below this size no reference values are produced
 * @param lines one per comparable figure, in the order of {@link BenchmarkEngine#figureIds}: per
 *     group its tasks (cost per unit, fte per 100), its outsourcing line, the group (cost, fte); the
 *     total (cost, fte); the derived indicators
 */
public record Comparison(
        OrganisationFigures own, int referenceGroupSize, int minimumReferenceSize, List<ComparisonLine> lines) {

    public Comparison {
        Objects.requireNonNull(own, "own");
        lines = List.copyOf(lines);
    }

    public long organisationId() {
        return own.organisationId();
    }

    public ReferenceStatus referenceStatus() {
        return referenceGroupSize >= minimumReferenceSize
                ? ReferenceStatus.SUFFICIENT
                : ReferenceStatus.INSUFFICIENT_REFERENCES;
    }

    /**
     * The same comparison with the reference of {@code figures} withheld for {@code why}, and with
     * whatever else must go with them so that none can be worked out from the sums (see {@link
     * ComplementarySuppression}).
     */
    public Comparison withheld(ModuleDefinition module, Set<FigureId> figures, Protection why) {
        if (figures.isEmpty()) {
            return this;
        }
        List<ComparisonLine> withheld = new ArrayList<>(lines.size());
        for (ComparisonLine line : lines) {
            withheld.add(figures.contains(line.figure()) ? line.withheld(why) : line);
        }
        return new Comparison(
                own,
                referenceGroupSize,
                minimumReferenceSize,
                ComplementarySuppression.of(module).apply(withheld));
    }

    /**
     * The comparison as it may leave the server: every reference mean and quartile rounded half away
     * from zero to the number of decimals the figure is shown with, so that no unrounded mean, from
     * which differences between groups could be taken exactly, is ever disclosed.
     *
     * @param decimals per figure, the decimals it is displayed with
     */
    public Comparison disclosed(ToIntFunction<FigureId> decimals) {
        List<ComparisonLine> rounded = new ArrayList<>(lines.size());
        for (ComparisonLine line : lines) {
            rounded.add(line.rounded(decimals.applyAsInt(line.figure())));
        }
        return new Comparison(own, referenceGroupSize, minimumReferenceSize, rounded);
    }

    /** @throws IllegalArgumentException when the module has no such figure */
    public ComparisonLine line(FigureId figure) {
        for (ComparisonLine line : lines) {
            if (line.figure().equals(figure)) {
                return line;
            }
        }
        throw new IllegalArgumentException("No comparison line for " + figure);
    }
}
