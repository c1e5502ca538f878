package nl.maatstaf.results;

import java.util.Arrays;

/** The tabs of the results page, by their Dutch URL value. */
enum ResultsTab {
    OVERZICHT("overzicht"),
    KOSTEN("kosten"),
    FORMATIE("formatie"),
    INDICATOREN("indicatoren"),
    TREND("trend");

    private final String slug;

    ResultsTab(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Unknown or missing values show the overview rather than an error. */
    static ResultsTab of(String value) {
        return Arrays.stream(values())
                .filter(tab -> tab.slug.equals(value))
                .findFirst()
                .orElse(OVERZICHT);
    }
}
