package nl.maatstaf.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.engine.FigureKind;
import nl.maatstaf.engine.GroupDifference;
import nl.maatstaf.engine.ModuleDefinition;
import nl.maatstaf.engine.Protection;

/**
 * Which of the policies an organisation may choose it really gets, so that no two of its choices
 * can be subtracted from each other (decision 0009). In order of priority (the edition's default
 * first) each policy is taken when its group is the same as, or differs in at least k organisations
 * from, every group taken before it; otherwise it is not offered to this organisation. Of a policy
 * that is taken, a figure is withheld where the organisations that have a value for it differ in
 * fewer than k from those of a policy taken before: this happens for derived indicators, which
 * are not defined for everybody.
 */
final class PolicyChoices {

    /** A policy the edition allows this organisation, with its results and reference group. */
    record Candidate(ChosenPolicy policy, OrganisationResults results, MemberSet group) {}

    /** A policy it gets, with the results as it may see them. */
    record Choice(ChosenPolicy policy, OrganisationResults results, MemberSet group) {}

    /** A policy it does not get, because its group differs too little from that of {@code clashesWith}. */
    record Rejected(ChosenPolicy policy, ChosenPolicy clashesWith, int differing) {}

    record Outcome(List<Choice> choices, List<Rejected> rejected) {}

    private PolicyChoices() {}

    /**
     * @param everyone every participant's own figures (for which derived indicators are defined),
     *     by organisation id
     */
    static Outcome choose(
            ModuleDefinition module, List<Candidate> inPriorityOrder, Map<Long, OrganisationResults> everyone, int k) {
        List<Choice> choices = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Candidate candidate : inPriorityOrder) {
            Rejected clash = groupClash(candidate, choices, k);
            if (clash != null) {
                rejected.add(clash);
                continue;
            }
            Set<FigureId> withheld = new HashSet<>();
            for (Choice earlier : choices) {
                withheld.addAll(figureClashes(candidate, earlier, everyone, k));
            }
            OrganisationResults results = candidate.results();
            if (!withheld.isEmpty()) {
                results = results.withComparison(
                        results.comparison().withheld(module, withheld, Protection.OVERLAPPING_GROUPS));
            }
            choices.add(new Choice(candidate.policy(), results, candidate.group()));
        }
        return new Outcome(List.copyOf(choices), List.copyOf(rejected));
    }

    private static Rejected groupClash(Candidate candidate, List<Choice> choices, int k) {
        for (Choice earlier : choices) {
            int differing = GroupDifference.symmetric(
                    candidate.group().size(),
                    earlier.group().size(),
                    MemberSet.common(candidate.group(), earlier.group()));
            if (!GroupDifference.safe(differing, k)) {
                return new Rejected(candidate.policy(), earlier.policy(), differing);
            }
        }
        return null;
    }

    private static Set<FigureId> figureClashes(
            Candidate candidate, Choice earlier, Map<Long, OrganisationResults> everyone, int k) {
        List<ComparisonLine> lines = candidate.results().comparison().lines();
        List<ComparisonLine> earlierLines = earlier.results().comparison().lines();
        List<Long> common = null;
        Set<FigureId> clashes = new HashSet<>();
        for (int figure = 0; figure < lines.size(); figure++) {
            ComparisonLine line = lines.get(figure);
            ComparisonLine other = earlierLines.get(figure);
            if (!line.hasReference() || !other.hasReference()) {
                continue;
            }
            if (common == null) {
                common = MemberSet.commonMembers(candidate.group(), earlier.group());
            }
            int definedInBoth = line.figure().kind() == FigureKind.DERIVED_INDICATOR
                    ? definedAmong(common, figure, everyone)
                    : common.size();
            int differing = GroupDifference.symmetric(line.referenceSize(), other.referenceSize(), definedInBoth);
            if (!GroupDifference.safe(differing, k)) {
                clashes.add(line.figure());
            }
        }
        return clashes;
    }

    private static int definedAmong(List<Long> organisations, int figure, Map<Long, OrganisationResults> everyone) {
        int defined = 0;
        for (long id : organisations) {
            OrganisationResults results = everyone.get(id);
            if (results != null
                    && results.comparison().lines().get(figure).own().isPresent()) {
                defined++;
            }
        }
        return defined;
    }
}
