package nl.maatstaf.edition;

import java.math.BigDecimal;
import java.util.List;
import nl.maatstaf.engine.TukeyFences;

/**
 * What the beheerder's edition page shows besides the settings.
 *
 * @param fences over all approved participants' total cost per unit; null with fewer than 4
 * @param outliers flagged organisations and those with a decision, by name
 * @param sets the named sets with their members
 */
record EditionOverview(TukeyFences fences, List<OutlierLine> outliers, List<SetLine> sets) {

    /**
     * @param costPerUnit null when the organisation has no approved data any more
     * @param decision null while undecided
     */
    record OutlierLine(
            long organisationId, String name, BigDecimal costPerUnit, boolean flagged, OutlierDecision decision) {}

    record SetLine(long id, String name, List<Member> members) {}

    record Member(long organisationId, String name, boolean consented) {}
}
