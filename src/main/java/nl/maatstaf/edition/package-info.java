/**
 * Editions: the beheerder's settings per peiljaar and module. Which reference group policies
 * participants may choose and the default, n for nearest neighbours, k, publication, named sets
 * (maatwerkvergelijking) with the organisations' consent, and decisions on outliers. Every change
 * is audited. The results module reads these settings; this module never reads results, it asks
 * for the figures it shows through {@link nl.maatstaf.edition.ParticipantCosts}.
 */
package nl.maatstaf.edition;
