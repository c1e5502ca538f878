package nl.maatstaf.results;

import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * Decides whose results a user reads, the same way for pages and API. Deelnemers and lezers read
 * only their own organisation, whatever the request names; the beheerder reads any organisation,
 * and every such read is audited.
 */
@Component
class ResultsAccess {

    static final String AUDIT_ENTITY = "resultaten";

    private final OrganisationService organisations;
    private final Enrolments enrolments;
    private final AuditLog audit;

    ResultsAccess(OrganisationService organisations, Enrolments enrolments, AuditLog audit) {
        this.organisations = organisations;
        this.enrolments = enrolments;
        this.audit = audit;
    }

    /**
     * @param requested the organisation id the request names, or null/blank for "my own"
     * @return empty only for a beheerder who has not picked an organisation yet
     * @throws ResultsForbiddenException when a participant names another organisation
     * @throws ResultsNotFoundException when the organisation does not exist or is not enrolled
     */
    Optional<Organisation> organisationToRead(MaatstafUser user, String requested, ModuleCatalog module) {
        return organisationToRead(user, requested, module, null);
    }

    /**
     * As {@link #organisationToRead(MaatstafUser, String, ModuleCatalog)}, for a download: the
     * beheerder's read is audited with the download named after the year and module.
     *
     * @param download e.g. "rapport.pdf"; null for a page or API read
     */
    Optional<Organisation> organisationToRead(
            MaatstafUser user, String requested, ModuleCatalog module, String download) {
        boolean named = requested != null && !requested.isBlank();
        if (user.isBeheerder()) {
            if (!named) {
                return Optional.empty();
            }
            Organisation organisation = enrolled(parseId(requested), module);
            String key = auditKey(module.year(), module.code());
            audit.recordAccess(
                    user.getUsername(), organisation.id(), AUDIT_ENTITY, download == null ? key : key + "/" + download);
            return Optional.of(organisation);
        }
        Long own = user.organisationId();
        if (own == null || (named && !requested.trim().equals(own.toString()))) {
            throw new ResultsForbiddenException("Not the user's own organisation");
        }
        return Optional.of(enrolled(own, module));
    }

    static String auditKey(int year, String moduleCode) {
        return year + "/" + moduleCode;
    }

    private Organisation enrolled(long organisationId, ModuleCatalog module) {
        Organisation organisation = organisations
                .find(organisationId)
                .orElseThrow(() -> new ResultsNotFoundException("Unknown organisation"));
        if (!enrolments.isEnrolled(organisationId, module.year(), module.code())) {
            throw new ResultsNotFoundException("Organisation not enrolled");
        }
        return organisation;
    }

    private static long parseId(String requested) {
        try {
            return Long.parseLong(requested.trim());
        } catch (NumberFormatException e) {
            throw new ResultsNotFoundException("Not an organisation id");
        }
    }
}
