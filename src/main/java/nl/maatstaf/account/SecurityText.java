package nl.maatstaf.account;

/**
 * Text from a request made fit to store and show: an attacker chooses the username and path,
 * so control characters are replaced and the length is bounded by the column.
 */
final class SecurityText {

    static final int MAX_USERNAME = 100;
    static final int MAX_ADDRESS = 64;
    static final int MAX_PATH = 500;

    private SecurityText() {}

    static String username(String typed) {
        return clean(typed, MAX_USERNAME);
    }

    static String address(String address) {
        return clean(address, MAX_ADDRESS);
    }

    static String path(String path) {
        return clean(path, MAX_PATH);
    }

    static String clean(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String bounded = text.length() <= maxLength ? text : text.substring(0, maxLength);
        StringBuilder cleaned = new StringBuilder(bounded.length());
        // A lone surrogate (also one left by the cut) cannot be stored as UTF-8: replaced too.
        bounded.codePoints()
                .forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) || isSurrogate(c) ? '?' : c));
        return cleaned.toString();
    }

    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
