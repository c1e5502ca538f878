package nl.maatstaf.results;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionSettings;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.submission.ApprovedSubmission;

/**
 * What an edition's results are computed from: the live approved data with today's settings (the
 * beheerder's view, and the basis of a new publication), or a publication's frozen data and
 * settings (what participants see).
 *
 * @param state identifies the data: a fingerprint of the approved set, or the publication
 * @param inputs loaded only when the results are not cached
 * @param relations the participants' kinds and who is never in whose group, loaded likewise
 * @param versions the participants' approved versions (basis and correction lines), loaded likewise
 */
record EditionBasis(
        ModuleCatalog module,
        EditionSettings settings,
        String state,
        boolean frozen,
        Supplier<List<OrganisationInput>> inputs,
        Supplier<ParticipantRelations> relations,
        Supplier<Map<Long, ApprovedSubmission>> versions) {}
