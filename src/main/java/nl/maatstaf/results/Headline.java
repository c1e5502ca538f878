package nl.maatstaf.results;

/** A headline figure of the Overzicht tab, own against reference. */
record Headline(String label, String own, ReferenceCells reference, Explanation explanation) {}
