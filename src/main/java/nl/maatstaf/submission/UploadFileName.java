package nl.maatstaf.submission;

import java.util.Optional;

/**
 * The name of an uploaded workbook as it is kept, shown and sent back on download. It comes from
 * the client, so it is never trusted: folders are dropped, and a name with characters that do not
 * belong in a file name (control characters such as NUL or a line break, or direction overrides
 * that make a name read differently than it is) is refused rather than silently changed, so the
 * participant knows which file was refused.
 */
final class UploadFileName {

    static final String BAD_NAME = "submission.workbook.file.badName";
    /** The column holds 255; a longer name keeps its end, where the extension is. */
    private static final int MAX_LENGTH = 200;

    private UploadFileName() {}

    /** The message key when the name is refused, empty when it may be kept. */
    static Optional<String> problem(String sent) {
        if (sent == null) {
            return Optional.empty();
        }
        for (int i = 0; i < sent.length(); i++) {
            char c = sent.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < sent.length()
                        && Character.isLowSurrogate(sent.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(BAD_NAME);
            }
            if (forbidden(c)) {
                return Optional.of(BAD_NAME);
            }
        }
        return Optional.empty();
    }

    /** The name without any folder, bounded to the column; the fallback when nothing is left. */
    static String storable(String sent, String fallback) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }

    private static boolean forbidden(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
