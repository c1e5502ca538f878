package nl.maatstaf.edition;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named set of organisations (maatwerkvergelijking) of one edition.
 *
 * @param members the organisations the beheerder named
 * @param consenting those of the members that consented to named sets; only they take part
 */
public record NamedSet(long id, String name, List<Long> members, Set<Long> consenting) {

    public NamedSet {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        consenting = Set.copyOf(consenting);
    }

    /** The members that take part: named by the beheerder and consenting. */
    public boolean takesPart(long organisationId) {
        return consenting.contains(organisationId);
    }
}
