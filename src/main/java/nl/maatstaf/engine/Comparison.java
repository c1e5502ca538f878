package nl.maatstaf.engine;

import java.util.List;
import java.util.Objects;

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
