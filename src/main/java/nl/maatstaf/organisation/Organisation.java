package nl.maatstaf.organisation;

import java.util.List;

/**
 * A participant: a municipality or a cooperation of municipalities. Its inhabitants are the sum
 * of its members' inhabitants in the latest reference year. Its code is stable and used in bulk
 * files: a municipality's CBS code ({@code GM0003}) or a cooperation's assigned code ({@code SW0001}).
 */
public record Organisation(long id, String name, OrganisationKind kind, List<Municipality> members, String code) {

    public long inhabitants() {
        return members.stream().mapToLong(Municipality::inhabitants).sum();
    }
}
