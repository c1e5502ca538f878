package nl.maatstaf.edition;

import java.util.List;

/** The forms of the beheerder's edition page, bound as text so bad input gets a message. */
final class EditionForms {

    private EditionForms() {}

    record SettingsForm(
            List<String> allowed,
            String defaultPolicy,
            String neighbourCount,
            String minimumReferenceSize,
            String version,
            String deadline) {}

    record OutlierForm(String organisationId, String decision, String reason) {}

    record NamedSetForm(String name, List<String> members) {}

    record ConsentForm(String consent) {}
}
