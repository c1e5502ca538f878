package nl.maatstaf.results;

import org.springframework.stereotype.Component;

/**
 * Which reference group policy applies to a module and year. The beheerder will choose this per
 * year and module (and may allow participants a choice); until that exists, the default applies.
 */
@Component
class ReferenceGroupPolicies {

    private final ReferenceGroupPolicy defaultPolicy = new AllApprovedParticipants();

    ReferenceGroupPolicy policyFor(int year, String moduleCode) {
        return defaultPolicy;
    }
}
