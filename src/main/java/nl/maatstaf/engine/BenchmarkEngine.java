package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The calculation engine: an organisation's own figures (spec §4) and its comparison with a
 * reference group. Pure functions; values are never rounded here (divisions use {@link
 * java.math.MathContext#DECIMAL128}), rounding is for display. Every comparison it hands out has
 * passed the disclosure rules of decision 0009 ({@link DisclosureRules}): k, dominance, spread
 * only over enough organisations, and complementary suppression.
 */
public final class BenchmarkEngine {

    /** The smallest k allowed: fewer references would make individual organisations traceable. */
    public static final int LOWEST_MINIMUM_REFERENCE_SIZE = 3;

    private BenchmarkEngine() {}

    /**
     * @throws IllegalArgumentException when the hoofdfactor is missing or not positive, or the input
     *     names a task or group the module does not have
     */
    public static OrganisationFigures figures(ModuleDefinition module, OrganisationInput organisation) {
        return FigureCalculator.compute(CompiledModule.of(module), organisation);
    }

    /** The module's comparable figures, in the order of {@link Comparison#lines()}. */
    public static List<FigureId> figureIds(ModuleDefinition module) {
        return FigureLayout.figureIds(module);
    }

    /**
     * Compares one organisation with a reference group.
     *
     * @param reference may contain {@code own} (matched by organisation id); it is left out
     * @param minimumReferenceSize k: with fewer references no reference values are produced
     * @throws IllegalArgumentException when k is below {@value #LOWEST_MINIMUM_REFERENCE_SIZE}, the
     *     reference group names an organisation twice, or an organisation cannot be computed
     */
    public static Comparison compare(
            ModuleDefinition module,
            OrganisationInput own,
            Collection<OrganisationInput> reference,
            int minimumReferenceSize) {
        DisclosureRules rules = DisclosureRules.forK(minimumReferenceSize);
        CompiledModule compiled = CompiledModule.of(module);
        List<OrganisationInput> others = new ArrayList<>(reference.size());
        for (OrganisationInput candidate : reference) {
            if (candidate.organisationId() != own.organisationId()) {
                others.add(candidate);
            }
        }
        ParticipantFigures references = new ParticipantFigures(compiled, others);
        OrganisationFigures ownFigures = FigureCalculator.compute(compiled, own);
        List<BigDecimal[]> referenceValues =
                UnknownPartsMasking.of(module).apply(references.allValues(), minimumReferenceSize);
        List<ComparisonLine> lines = ReferenceGroupStatistics.lines(
                compiled.figureIds(), compiled.comparableValues(ownFigures), referenceValues, rules);
        return new Comparison(
                ownFigures,
                others.size(),
                minimumReferenceSize,
                compiled.complementary().apply(lines));
    }

    /**
     * Compares every participant with all other participants. Linear in the number of participants
     * (apart from sorting each figure once for the spreads): each organisation's figures are computed
     * once, and each mean leaving one organisation out is (Σ − own) / (n − 1).
     *
     * @return by organisation id, in participant order
     * @throws IllegalArgumentException when k is below {@value #LOWEST_MINIMUM_REFERENCE_SIZE}, an
     *     organisation participates twice, or an organisation cannot be computed
     */
    public static Map<Long, Comparison> compareAll(
            ModuleDefinition module, List<OrganisationInput> participants, int minimumReferenceSize) {
        Map<Long, Comparison> comparisons = new LinkedHashMap<>(participants.size() * 2);
        compareEach(module, participants, minimumReferenceSize, c -> comparisons.put(c.organisationId(), c));
        return Collections.unmodifiableMap(comparisons);
    }

    /**
     * As {@link #compareAll(ModuleDefinition, List, int)}, but hands each comparison to {@code sink}
     * as soon as it is made, in participant order. For large editions: the caller can store and
     * drop each result instead of keeping all of them in memory at once.
     */
    public static void compareEach(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            int minimumReferenceSize,
            Consumer<Comparison> sink) {
        DisclosureRules rules = DisclosureRules.forK(minimumReferenceSize);
        CompiledModule compiled = CompiledModule.of(module);
        ParticipantFigures all = new ParticipantFigures(compiled, participants);
        List<FigureId> figureIds = compiled.figureIds();
        // Every participant's reference holds all others, so the viewer is among the contributions:
        // a difference over left-out organisations is safe only when k of them are not the viewer.
        List<BigDecimal[]> contributions =
                UnknownPartsMasking.of(module).apply(all.allValues(), minimumReferenceSize + 1);
        LeaveOneOutFigure[] byFigure = new LeaveOneOutFigure[figureIds.size()];
        for (int figure = 0; figure < byFigure.length; figure++) {
            byFigure[figure] =
                    new LeaveOneOutFigure(figureIds.get(figure), column(contributions, figure), all.column(figure));
        }
        int referenceGroupSize = Math.max(all.size() - 1, 0);
        boolean groupSufficient = referenceGroupSize >= minimumReferenceSize;
        for (int participant = 0; participant < all.size(); participant++) {
            List<ComparisonLine> lines = new ArrayList<>(byFigure.length);
            for (LeaveOneOutFigure figure : byFigure) {
                lines.add(figure.lineFor(participant, groupSufficient, rules));
            }
            sink.accept(new Comparison(
                    all.figures(participant),
                    referenceGroupSize,
                    minimumReferenceSize,
                    compiled.complementary().apply(lines)));
        }
    }

    /**
     * Compares every participant with the reference group that {@code selection} chooses for it
     * (size class, nearest neighbours, a named set, …). Costs O(n × reference size).
     *
     * @return by organisation id, in participant order
     * @throws IllegalArgumentException when k is below {@value #LOWEST_MINIMUM_REFERENCE_SIZE}, an
     *     organisation participates twice or cannot be computed, or the selection names an
     *     organisation that is not a participant
     */
    public static Map<Long, Comparison> compareAll(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            ReferenceSelection selection,
            int minimumReferenceSize) {
        Map<Long, Comparison> comparisons = new LinkedHashMap<>(participants.size() * 2);
        compareEach(module, participants, selection, minimumReferenceSize, c -> comparisons.put(c.organisationId(), c));
        return Collections.unmodifiableMap(comparisons);
    }

    /**
     * As {@link #compareAll(ModuleDefinition, List, ReferenceSelection, int)}, handing each
     * comparison to {@code sink} as soon as it is made, in participant order.
     */
    public static void compareEach(
            ModuleDefinition module,
            List<OrganisationInput> participants,
            ReferenceSelection selection,
            int minimumReferenceSize,
            Consumer<Comparison> sink) {
        DisclosureRules rules = DisclosureRules.forK(minimumReferenceSize);
        Objects.requireNonNull(selection, "selection");
        CompiledModule compiled = CompiledModule.of(module);
        ParticipantFigures all = new ParticipantFigures(compiled, participants);
        UnknownPartsMasking masking = UnknownPartsMasking.of(module);
        for (int participant = 0; participant < all.size(); participant++) {
            OrganisationFigures own = all.figures(participant);
            List<BigDecimal[]> referenceValues = new ArrayList<>();
            for (long id : referenceIds(selection, own.organisationId())) {
                referenceValues.add(all.values(all.indexOf(id)));
            }
            List<ComparisonLine> lines = ReferenceGroupStatistics.lines(
                    compiled.figureIds(),
                    all.values(participant),
                    masking.apply(referenceValues, minimumReferenceSize),
                    rules);
            sink.accept(new Comparison(
                    own,
                    referenceValues.size(),
                    minimumReferenceSize,
                    compiled.complementary().apply(lines)));
        }
    }

    private static BigDecimal[] column(List<BigDecimal[]> values, int figure) {
        BigDecimal[] column = new BigDecimal[values.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = values.get(i)[figure];
        }
        return column;
    }

    private static Set<Long> referenceIds(ReferenceSelection selection, long organisationId) {
        Set<Long> ids = new LinkedHashSet<>(selection.referenceIdsFor(organisationId));
        ids.remove(organisationId);
        return ids;
    }
}
