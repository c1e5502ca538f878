/**
 * Bekijk resultaten: an organisation's costs, formation and workload indicators against its
 * reference group, as pages and as a JSON API. All figures come from the engine; this module only
 * feeds it approved submissions, caches its comparisons and explains them.
 */
package nl.maatstaf.results;
