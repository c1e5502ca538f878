package nl.maatstaf.submission;

import java.util.Locale;
import java.util.Optional;

/**
 * What a participant can give instead of a number in part A (spec §8: unknown is not zero): the
 * figure is not known, or does not apply. Typed as words in the questionnaire, the workbook and
 * bulk files, and as the constant's name in the API; stored beside the number, never as 0.
 */
public enum ValueMarker {
    NIET_BEKEND("niet bekend"),
    NIET_VAN_TOEPASSING("n.v.t.");

    private final String shown;

    ValueMarker(String shown) {
        this.shown = shown;
    }

    /** The words the questionnaire puts back in the field. */
    public String shown() {
        return shown;
    }

    /** The message key of the marker's name in sentences. */
    public String messageKey() {
        return "submission.marker." + name();
    }

    /**
     * Reads typed text as a marker: the Dutch words with or without dots and case, the usual
     * abbreviations, their English equivalents, or the API constant. Anything else is not a marker (and may be a number).
     */
    public static Optional<ValueMarker> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String words = text.strip().toLowerCase(Locale.ROOT).replace("_", " ").replaceAll("\\s+", " ");
        return switch (words) {
            case "niet bekend", "onbekend", "nb", "n.b.", "n.b", "not known", "unknown" -> Optional.of(NIET_BEKEND);
            case "niet van toepassing", "n.v.t.", "n.v.t", "nvt", "nvt.", "not applicable", "n/a" ->
                Optional.of(NIET_VAN_TOEPASSING);
            default -> Optional.empty();
        };
    }
}
