package nl.maatstaf.organisation;

import java.util.List;
import java.util.Optional;
import nl.maatstaf.account.OrganisationDirectory;
import org.springframework.stereotype.Component;

/** Tells the account module which organisations there are. */
@Component
class AccountOrganisations implements OrganisationDirectory {

    private final OrganisationService organisations;

    AccountOrganisations(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<Entry> find(long organisationId) {
        return organisations.find(organisationId).map(AccountOrganisations::entry);
    }

    @Override
    public List<Entry> all() {
        return organisations.all().stream().map(AccountOrganisations::entry).toList();
    }

    private static Entry entry(Organisation organisation) {
        return new Entry(organisation.id(), organisation.code(), organisation.name());
    }
}
