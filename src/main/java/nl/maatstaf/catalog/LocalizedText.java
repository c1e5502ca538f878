package nl.maatstaf.catalog;

import java.util.Locale;

/** Catalogue text in Dutch, with its English translation. */
public record LocalizedText(String nl, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : nl;
    }

    @Override
    public String toString() {
        return nl;
    }
}
