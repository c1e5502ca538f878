package nl.maatstaf.results;

import java.util.Locale;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.submission.ApprovedSubmissions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The footnotes of results (spec §8): the explanations given with the version the results come
 * from, the published one in a publication. Only for the organisation's own users; the beheerder
 * reads explanations on the review page, and nobody else ever sees them.
 */
@Component
class ResultsFootnotes {

    private final ApprovedSubmissions approved;
    private final MessageSource messages;

    ResultsFootnotes(ApprovedSubmissions approved, MessageSource messages) {
        this.approved = approved;
        this.messages = messages;
    }

    /** The footnotes the user may see at these results: none unless they are its own organisation's. */
    Footnotes forViewer(MaatstafUser user, ModuleCatalog module, OrganisationResults results, Locale locale) {
        boolean own = !user.isBeheerder()
                && user.organisationId() != null
                && user.organisationId() == results.organisationId();
        if (!own || results.versionId() == OrganisationResults.NO_VERSION) {
            return Footnotes.NONE;
        }
        return Footnotes.of(module, approved.explanationsOf(results.versionId()), new Texts(messages, locale));
    }
}
