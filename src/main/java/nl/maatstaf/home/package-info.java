/** Start page, layout, error pages and web infrastructure shared by all pages. */
package nl.maatstaf.home;
