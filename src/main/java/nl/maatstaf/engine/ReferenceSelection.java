package nl.maatstaf.engine;

import java.util.Collection;

/**
 * Chooses each organisation's reference group among the participants (size class, nearest
 * neighbours, a named set, …). The calculation rules stay the same whatever the choice.
 */
@FunctionalInterface
public interface ReferenceSelection {

    /**
     * @return ids of participants; the organisation's own id, if included, is ignored, and so are
     *     repeated ids
     */
    Collection<Long> referenceIdsFor(long organisationId);
}
