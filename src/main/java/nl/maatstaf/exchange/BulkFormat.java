package nl.maatstaf.exchange;

import java.util.Locale;
import java.util.Optional;

/** The two file formats of a bulk exchange. */
enum BulkFormat {
    JSON("application/json", "json"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    BulkFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<BulkFormat> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(JSON);
        }
        for (BulkFormat format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** A JSON document starts with a brace; everything else is read as CSV. */
    static BulkFormat sniff(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xff;
            if (b == 0xef && i == 0 && content.length >= 3) {
                i += 2; // UTF-8 byte order mark
                continue;
            }
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[' ? JSON : CSV;
            }
        }
        return CSV;
    }
}
