/**
 * Reports and exports: an organisation's results for a module and peiljaar as a PDF report in
 * Dutch and as Excel and CSV files, with the authorisation of the results pages. Everything comes
 * from the results module's {@code ResultsReport}, the same data the pages show.
 */
package nl.maatstaf.report;
