/**
 * Bulk exchange for the beheerder: a whole peiljaar of approved figures exported and imported as
 * JSON or CSV in catalogue codes, with a validation report per row and all or nothing.
 */
package nl.maatstaf.exchange;
