package nl.maatstaf.results;

/** A part B indicator or part C finance item as the organisation supplied it. */
record RawIndicator(String code, String name, String value, String definition) {}
