package nl.maatstaf.organisation;

import java.util.List;

/**
 * A participant: a municipality or a cooperation of municipalities, as it was in one peiljaar: its
 * members of that year with their figures from the municipality list in force for that year. Its
 * inhabitants are the sum of those members' inhabitants. Its code is stable and used in bulk files:
 * a municipality's CBS code ({@code GM0003}) or a cooperation's assigned code ({@code SW0001}).
 * A deactivated organisation keeps its data and results but cannot be enrolled.
 */
public record Organisation(
        long id, String name, OrganisationKind kind, List<Municipality> members, String code, boolean active) {

    public long inhabitants() {
        return members.stream().mapToLong(Municipality::inhabitants).sum();
    }
}
