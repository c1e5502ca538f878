package nl.maatstaf.results;

import java.util.Optional;
import nl.maatstaf.organisation.OrganisationKind;

/**
 * The organisations related to the viewer that its reference group leaves out (spec §8): for a
 * municipality its own cooperations that take part, for a cooperation its member municipalities
 * that take part separately, and the rest of that circle ({@code engine.NeverInGroup}). Only a
 * count: the viewer knows who they are, nobody else needs to.
 *
 * @param viewerKind the kind of the organisation whose group it is; null when not known
 * @param count how many; 0 when none
 */
public record RelatedLeftOut(OrganisationKind viewerKind, int count) {

    public static final RelatedLeftOut NONE = new RelatedLeftOut(null, 0);

    public RelatedLeftOut {
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative: " + count);
        }
    }

    /** The message key of the sentence that says so, with {@link #count()} as its argument. */
    public Optional<String> messageKey() {
        if (count == 0 || viewerKind == null) {
            return Optional.empty();
        }
        String who = viewerKind == OrganisationKind.SAMENWERKING ? "members" : "cooperations";
        return Optional.of("results.leftOut." + who + (count == 1 ? ".one" : ".many"));
    }
}
