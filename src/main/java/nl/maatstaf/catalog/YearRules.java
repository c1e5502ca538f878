package nl.maatstaf.catalog;

/** Which peiljaren may be opened: a plain range, wide enough for any real edition. */
final class YearRules {

    static final int FIRST = 2000;
    static final int LAST = 2999;

    private YearRules() {}
}
