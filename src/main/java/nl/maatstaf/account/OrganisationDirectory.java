package nl.maatstaf.account;

import java.util.List;
import java.util.Optional;

/**
 * The organisations accounts belong to, as the account module needs them: to check that an
 * organisation exists and to name it. Implemented by the organisation module, which itself depends
 * on accounts for the logged-in user; asking through this interface keeps the two free of a cycle.
 */
public interface OrganisationDirectory {

    Optional<Entry> find(long organisationId);

    /** Every organisation, ordered by name. */
    List<Entry> all();

    /** An organisation's id, stable code and name. */
    record Entry(long id, String code, String name) {}
}
