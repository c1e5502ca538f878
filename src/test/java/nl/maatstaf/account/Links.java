package nl.maatstaf.account;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the one-time link a page shows or a mail contains, as the path to open. */
final class Links {

    private static final Pattern SHOWN = Pattern.compile("class=\"handout-link\">([^<]+)<");
    private static final Pattern IN_TEXT =
            Pattern.compile("(https?://\\S+/account/(?:activeren|herstellen)/[A-Za-z0-9_-]+)");

    private Links() {}

    /** The path of the link shown on a users page. */
    static String shownOn(String html) {
        Matcher matcher = SHOWN.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No link shown on the page");
        }
        return URI.create(matcher.group(1)).getPath();
    }

    /** The path of the link in a mail text. */
    static String inText(String text) {
        Matcher matcher = IN_TEXT.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link in: " + text);
        }
        return URI.create(matcher.group(1)).getPath();
    }

    /** The path of an absolute link from the API. */
    static String path(String url) {
        return URI.create(url).getPath();
    }
}
