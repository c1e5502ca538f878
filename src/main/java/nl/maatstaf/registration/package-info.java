/**
 * Registration: the beheerder enrols organisations in modules of an open peiljaar (one by one, from
 * a list, or over the API) and withdraws enrolments before a submission; an organisation's
 * org-admin applies for a module and the beheerder confirms or declines. The enrolments
 * themselves live in the catalogue ({@link nl.maatstaf.catalog.Enrolments}); this module holds
 * the pages and API around them.
 */
package nl.maatstaf.registration;
