package nl.maatstaf.submission;

import java.util.Optional;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * Decides whose questionnaire a request may see or change. The organisation comes from the
 * logged-in user; only a beheerder names one explicitly, and each such access is audited.
 */
@Component
class SubmissionAccess {

    private final CatalogService catalog;
    private final Enrolments enrolments;
    private final OrganisationService organisations;
    private final AuditLog audit;

    SubmissionAccess(CatalogService catalog, Enrolments enrolments, OrganisationService organisations, AuditLog audit) {
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** For the pages: the user's own organisation, or for a beheerder the one asked for. */
    SubmissionTarget forPage(MaatstafUser user, int year, String slug, Long requestedOrganisation, boolean write) {
        long organisationId;
        if (user.isBeheerder()) {
            if (requestedOrganisation == null) {
                throw new SubmissionNotFoundException("A beheerder must name the organisation");
            }
            organisationId = requestedOrganisation;
        } else {
            if (user.organisationId() == null
                    || (requestedOrganisation != null && !requestedOrganisation.equals(user.organisationId()))) {
                throw new SubmissionForbiddenException("Not the user's own organisation");
            }
            organisationId = user.organisationId();
        }
        ModuleCatalog module = catalog.findBySlug(year, slug)
                .orElseThrow(() -> new SubmissionNotFoundException("Unknown module " + year + "/" + slug));
        return resolve(user, organisationId, module, write);
    }

    /** For the API: the organisation is in the path; the module by catalogue code or slug. */
    SubmissionTarget forApi(MaatstafUser user, long organisationId, int year, String module, boolean write) {
        if (!user.mayRead(organisationId)) {
            throw new SubmissionForbiddenException("Not the user's own organisation");
        }
        ModuleCatalog found = catalog.findBySlug(year, module)
                .or(() -> catalog.find(year, module))
                .orElseThrow(() -> new SubmissionNotFoundException("Unknown module " + year + "/" + module));
        return resolve(user, organisationId, found, write);
    }

    /** A beheerder reading or changing someone else's data leaves a trace. */
    void recordBeheerderAccess(MaatstafUser user, SubmissionTarget target, Draft draft) {
        if (user.isBeheerder()) {
            String key = draft.row()
                    .map(SubmissionService::key)
                    .orElse(target.catalog().year() + "/" + target.catalog().code());
            audit.recordAccess(user.getUsername(), target.organisationId(), SubmissionService.AUDIT_ENTITY, key);
        }
    }

    private SubmissionTarget resolve(MaatstafUser user, long organisationId, ModuleCatalog module, boolean write) {
        if (!user.mayRead(organisationId)) {
            throw new SubmissionForbiddenException("Not the user's own organisation");
        }
        if (write && !user.mayEdit(organisationId)) {
            throw new SubmissionForbiddenException("This user may not change data");
        }
        Optional<Organisation> organisation = organisations.find(organisationId);
        if (organisation.isEmpty() || !enrolments.isEnrolled(organisationId, module.year(), module.code())) {
            throw new SubmissionNotFoundException("Organisation does not take part in " + module.code());
        }
        return new SubmissionTarget(organisation.get(), Questionnaire.of(module, organisation.get()));
    }
}
