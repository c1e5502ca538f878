package nl.maatstaf.organisation;

import java.util.List;

/**
 * A participant: a municipality or a cooperation of municipalities. Its inhabitants are the sum
 * of its members' inhabitants in the latest reference year.
 */
public record Organisation(long id, String name, OrganisationKind kind, List<Municipality> members) {

    public long inhabitants() {
        return members.stream().mapToLong(Municipality::inhabitants).sum();
    }
}
