package nl.maatstaf.organisation;

import java.util.Set;

/**
 * The peiljaren of which an edition was ever published: their figures are out in the world, so the
 * municipality list in force for them may no longer be replaced. Implemented where publications
 * are kept (results), so this module needs no dependency on it.
 */
public interface PublishedPeiljaren {

    Set<Integer> publishedYears();
}
